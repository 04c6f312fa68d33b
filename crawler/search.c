/*
 * search.c: search sources. A school may list search feeds by kind
 * instead of by URL (`search = news`, `search = reddit`,
 * `search = mastodon [INSTANCE]`, `search = youtube CHANNEL_ID`); each is
 * expanded here, once per name and alias of the school, into a feed
 * source limited to that school. Phrases are quoted and percent-encoded
 * so that the search engine looks for the exact words.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "crawler/search.h"

#define DEFAULT_MASTODON	"mastodon.social"

/* Return "s" percent-encoded for a query string (UTF-8 bytes escaped,
 * unreserved characters kept). The caller frees it. */
static char *
escape(const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	struct buf		 b;
	const unsigned char	*p;

	buf_init(&b, 0);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' ||
		    *p == '~')
			buf_addc(&b, (char)*p);
		else {
			buf_addc(&b, '%');
			buf_addc(&b, hex[*p >> 4]);
			buf_addc(&b, hex[*p & 0xf]);
		}
	}
	if (b.data == NULL)
		return (xstrdup(""));
	return (buf_detach(&b));
}

/* Return "phrase" in double quotes, percent-encoded for a query, so a
 * search engine matches the exact words. The caller frees it. */
char *
search_quote(const char *phrase)
{
	char	*q, *e;

	xasprintf(&q, "\"%s\"", phrase);
	e = escape(q);
	free(q);
	return (e);
}

/* Return a hashtag for "name": its letters and digits, or NULL. */
static char *
hashtag(const char *name)
{
	struct buf	 b;
	const char	*p = name[0] == '#' ? name + 1 : name;

	if (name[0] == '@')
		return (NULL);	/* an account, not a tag */
	buf_init(&b, 0);
	for (; *p != '\0'; p++) {
		if (isalnum((unsigned char)*p))
			buf_addc(&b, *p);
	}
	if (b.len == 0)
		return (NULL);
	return (buf_detach(&b));
}

static void
add_source(struct source **v, size_t *n, const struct school *sc,
    const char *kind, char *url)
{
	struct source	*s;
	size_t		 i;

	for (i = 0; i < *n; i++) {
		if (strcmp((*v)[i].url, url) == 0) {
			free(url);
			return;
		}
	}
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	s = &(*v)[(*n)++];
	memset(s, 0, sizeof *s);
	xasprintf(&s->id, "search-%s-%s-%zu", sc->id, kind, *n);
	s->url = url;
	s->type = xstrdup("feed");
	s->school = xstrdup(sc->id);
	s->tls_verify = 1;
}

/* Expand one "search" line of school "sc". */
static int
expand_one(const struct school *sc, const char *line, struct source **v,
    size_t *n, char **cause)
{
	char		 kind[32], arg[256];
	const char	*name;
	char		*q, *url, *tag;
	size_t		 i;
	int		 k;

	arg[0] = '\0';
	k = sscanf(line, "%31s %255s", kind, arg);
	if (k < 1) {
		xasprintf(cause, "school %s: empty search line", sc->id);
		return (-1);
	}
	if (strcmp(kind, "youtube") == 0) {
		if (k < 2 || strncmp(arg, "UC", 2) != 0) {
			xasprintf(cause, "school %s: \"search = youtube\" needs "
			    "a channel id (UC...): YouTube has no search feed",
			    sc->id);
			return (-1);
		}
		q = escape(arg);
		xasprintf(&url, "https://www.youtube.com/feeds/videos.xml?"
		    "channel_id=%s", q);
		free(q);
		add_source(v, n, sc, kind, url);
		return (0);
	}
	if (strcmp(kind, "news") != 0 && strcmp(kind, "reddit") != 0 &&
	    strcmp(kind, "mastodon") != 0 && strcmp(kind, "bing") != 0) {
		xasprintf(cause, "school %s: unknown search \"%s\" (use news, "
		    "bing, reddit, mastodon [INSTANCE] or youtube CHANNEL_ID)",
		    sc->id, kind);
		return (-1);
	}
	for (i = 0; i <= sc->aliases.n; i++) {
		name = i == 0 ? sc->name : sc->aliases.v[i - 1];
		if (name == NULL || *name == '\0')
			continue;
		if (strcmp(kind, "mastodon") == 0) {
			if ((tag = hashtag(name)) == NULL)
				continue;
			q = escape(tag);
			xasprintf(&url, "https://%s/tags/%s.rss",
			    k >= 2 ? arg : DEFAULT_MASTODON, q);
			free(q);
			free(tag);
		} else {
			q = search_quote(name[0] == '@' ? name + 1 : name);
			if (strcmp(kind, "news") == 0)
				xasprintf(&url, "https://news.google.com/rss/"
				    "search?q=%s&hl=en-GB&gl=GB&ceid=GB:en", q);
			else if (strcmp(kind, "bing") == 0)
				xasprintf(&url, "https://www.bing.com/news/"
				    "search?q=%s&format=rss", q);
			else
				xasprintf(&url, "https://www.reddit.com/"
				    "search.rss?q=%s&sort=new", q);
			free(q);
		}
		add_source(v, n, sc, kind, url);
	}
	return (0);
}

/*
 * Expand the search lines of every school of "cf" into "*out" ("*n"
 * sources; free with search_free). A line that cannot be expanded is
 * skipped; the last such problem goes to "*cause" and -1 is returned,
 * with the rest expanded all the same.
 */
int
search_expand(const struct config *cf, struct source **out, size_t *n,
    char **cause)
{
	size_t	i, j;
	int	r = 0;

	*out = NULL;
	*n = 0;
	for (i = 0; i < cf->nschools; i++) {
		const struct school	*sc = &cf->schools[i];

		for (j = 0; j < sc->searches.n; j++) {
			char	*why = NULL;

			if (expand_one(sc, sc->searches.v[j], out, n,
			    &why) != 0) {
				free(*cause);
				*cause = why;
				r = -1;
			}
		}
	}
	return (r);
}

/* Free "n" sources from search_expand. */
void
search_free(struct source *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].url);
		free(v[i].type);
		free(v[i].school);
	}
	free(v);
}
