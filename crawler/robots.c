/*
 * robots.c: the Robots Exclusion Protocol, RFC 9309. A robots.txt is read
 * line by line (at most ROBOTS_MAX bytes); the groups whose user-agent
 * names our product token are merged and obeyed, or else the "*" groups;
 * a path is allowed unless the longest matching rule is a Disallow, with
 * Allow winning a tie. "*" matches any run of characters and a final "$"
 * anchors the end. Patterns and paths are compared after percent-encoding
 * what is outside US-ASCII, with the hex digits of escapes in upper case.
 * What the HTTP status says when there is no file to read (4xx: allow all;
 * 5xx or unreachable: disallow all) is decided here too, so that the
 * crawler and `mentionwatch fetch` decide the same way.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "crawler/robots.h"

enum key {
	K_NONE,
	K_AGENT,
	K_ALLOW,
	K_DISALLOW,
	K_DELAY,
	K_OTHER,
};

struct parse {
	const char	*token;
	int		 in_rules;	/* a rule was seen since the last
					   user-agent line */
	int		 cur_specific;	/* the current group names us */
	int		 cur_global;	/* the current group is "*" */
	int		 seen_specific;
	struct robots_rule *spec, *glob;
	size_t		 nspec, nglob;
	double		 spec_delay, glob_delay;
};

/* Return "s" (length "len") with bytes outside printable US-ASCII
 * percent-encoded and the hex digits of escapes in upper case. */
static char *
normalise(const char *s, size_t len)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*out, *o;
	size_t			 i;
	unsigned char		 c;

	out = o = xmalloc(len * 3 + 1);
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '%' && i + 2 < len &&
		    isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2])) {
			*o++ = '%';
			*o++ = (char)toupper((unsigned char)s[i + 1]);
			*o++ = (char)toupper((unsigned char)s[i + 2]);
			i += 2;
		} else if (c >= 0x80 || c <= 0x20 || c == 0x7f) {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 0xf];
		} else
			*o++ = (char)c;
	}
	*o = '\0';
	return (out);
}

/* Return the key of a line, accepting the common misspellings. */
static enum key
line_key(const char *k, size_t n)
{
	static const struct {
		const char	*name;
		enum key	 key;
	} keys[] = {
		{ "user-agent", K_AGENT },
		{ "useragent", K_AGENT },
		{ "user agent", K_AGENT },
		{ "allow", K_ALLOW },
		{ "disallow", K_DISALLOW },
		{ "dissallow", K_DISALLOW },
		{ "dissalow", K_DISALLOW },
		{ "disalow", K_DISALLOW },
		{ "diasllow", K_DISALLOW },
		{ "disallaw", K_DISALLOW },
		{ "crawl-delay", K_DELAY },
		{ "crawldelay", K_DELAY },
	};
	size_t	i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		if (strlen(keys[i].name) == n &&
		    strncasecmp(keys[i].name, k, n) == 0)
			return (keys[i].key);
	}
	return (K_OTHER);
}

/* Return 1 if the user-agent value "v" names "token": its leading run of
 * token characters ([A-Za-z_-]) equals it, ignoring case. */
static int
agent_matches(const char *v, const char *token)
{
	size_t	n = 0;

	while (isalpha((unsigned char)v[n]) || v[n] == '_' || v[n] == '-')
		n++;
	return (n > 0 && n == strlen(token) && strncasecmp(v, token, n) == 0);
}

static void
add_rule(struct robots_rule **v, size_t *n, int allow, const char *value)
{
	struct robots_rule	*r;

	*v = xreallocarray(*v, *n + 1, sizeof **v);
	r = &(*v)[(*n)++];
	r->allow = allow;
	r->pattern = normalise(value, strlen(value));
	r->text = xstrdup(value);
}

static void
parse_line(struct parse *p, char *line)
{
	char		*hash, *k, *v, *end;
	size_t		 klen;
	enum key	 key;
	double		 d;

	hash = strchr(line, '#');
	if (hash != NULL)
		*hash = '\0';
	k = line;
	while (*k == ' ' || *k == '\t')
		k++;
	/* The key runs to a colon; without one, to white space. */
	v = strchr(k, ':');
	if (v != NULL) {
		end = v;
		v++;
	} else {
		end = k;
		while (*end != '\0' && *end != ' ' && *end != '\t')
			end++;
		if (*end == '\0')
			return;
		v = end;
		/* "user agent FooBot" */
		if (end - k == 4 && strncasecmp(k, "user", 4) == 0 &&
		    strncasecmp(end, " agent ", 7) == 0) {
			end += 6;
			v = end;
		}
	}
	while (end > k && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	klen = (size_t)(end - k);
	if (klen == 0)
		return;
	while (*v == ' ' || *v == '\t')
		v++;
	end = v + strlen(v);
	while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*end = '\0';
	key = line_key(k, klen);

	switch (key) {
	case K_AGENT:
		if (p->in_rules) {
			p->in_rules = 0;
			p->cur_specific = p->cur_global = 0;
		}
		if (v[0] == '*' && (v[1] == '\0' || v[1] == ' ' ||
		    v[1] == '\t'))
			p->cur_global = 1;
		else if (agent_matches(v, p->token)) {
			p->cur_specific = 1;
			p->seen_specific = 1;
		}
		break;
	case K_ALLOW:
	case K_DISALLOW:
		p->in_rules = 1;
		if (*v == '\0')
			break;	/* an empty rule matches nothing */
		if (p->cur_specific)
			add_rule(&p->spec, &p->nspec, key == K_ALLOW, v);
		if (p->cur_global)
			add_rule(&p->glob, &p->nglob, key == K_ALLOW, v);
		break;
	case K_DELAY:
		d = strtod(v, &end);
		if (end == v || d < 0 || d != d)
			break;
		if (p->cur_specific && p->spec_delay < d)
			p->spec_delay = d;
		if (p->cur_global && p->glob_delay < d)
			p->glob_delay = d;
		break;
	default:
		break;	/* sitemap and others: no effect on groups */
	}
}

static void
free_rules(struct robots_rule *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].pattern);
		free(v[i].text);
	}
	free(v);
}

/*
 * Parse the robots.txt in "len" bytes at "body" for the product token
 * "token" (ROBOTS_AGENT if NULL). Only the first ROBOTS_MAX bytes are
 * read. Return the rules to obey; free with robots_free.
 */
struct robots *
robots_parse(const char *body, size_t len, const char *token)
{
	struct robots	*r;
	struct parse	 p;
	char		*line;
	size_t		 i, start;

	memset(&p, 0, sizeof p);
	p.token = token != NULL ? token : ROBOTS_AGENT;
	p.spec_delay = p.glob_delay = -1;
	if (len > ROBOTS_MAX) {
		/* A line cut by the limit is not read. */
		len = ROBOTS_MAX;
		while (len > 0 && body[len - 1] != '\n' &&
		    body[len - 1] != '\r')
			len--;
	}
	/* A byte order mark, even a partial one, is skipped. */
	i = 0;
	if (len >= 1 && (unsigned char)body[0] == 0xef) {
		i = 1;
		if (len >= 2 && (unsigned char)body[1] == 0xbb) {
			i = 2;
			if (len >= 3 && (unsigned char)body[2] == 0xbf)
				i = 3;
		}
	}
	start = i;
	for (; i <= len; i++) {
		if (i < len && body[i] != '\n' && body[i] != '\r' &&
		    body[i] != '\0')
			continue;
		if (i > start) {
			line = xstrndup(body + start, i - start);
			parse_line(&p, line);
			free(line);
		}
		start = i + 1;
	}

	r = xcalloc(1, sizeof *r);
	r->mode = ROBOTS_PARSED;
	r->status = 200;
	if (p.seen_specific) {
		r->agent = xstrdup(p.token);
		r->rules = p.spec;
		r->nrules = p.nspec;
		r->crawl_delay = p.spec_delay;
		free_rules(p.glob, p.nglob);
	} else {
		r->agent = p.nglob > 0 || p.glob_delay >= 0 ? xstrdup("*") :
		    NULL;
		r->rules = p.glob;
		r->nrules = p.nglob;
		r->crawl_delay = p.glob_delay;
		free_rules(p.spec, p.nspec);
	}
	return (r);
}

/*
 * Decide from a robots.txt fetch: HTTP "status" (0 if unreachable) and
 * its body, for "token". 2xx: the rules; 4xx: allow all (there is no
 * robots.txt); 5xx, 429 or no answer: disallow all for now (RFC 9309
 * 2.3.1.3-4; a 429 asks us to slow down, so it is not read as "none").
 */
struct robots *
robots_from_status(long status, const char *body, size_t len,
    const char *token)
{
	struct robots	*r;

	if (status >= 200 && status < 300)
		return (robots_parse(body != NULL ? body : "", body != NULL ?
		    len : 0, token));
	r = xcalloc(1, sizeof *r);
	r->status = status;
	r->crawl_delay = -1;
	if (status >= 400 && status < 500 && status != 429)
		r->mode = ROBOTS_ALLOW_ALL;
	else
		r->mode = ROBOTS_DISALLOW_ALL;
	return (r);
}

/*
 * Return 1 if a robots.txt fetched at "fetched" with HTTP "status" (0 if
 * unreachable) may still be obeyed at "now": for ROBOTS_TTL if it was
 * read or absent, ROBOTS_FAIL_TTL if the site could not say.
 */
int
robots_fresh(long status, time_t fetched, time_t now)
{
	return (fetched <= now && now - fetched < ((status >= 200 &&
	    status < 500 && status != 429) ? ROBOTS_TTL : ROBOTS_FAIL_TTL));
}

/* Say in "r", made for an unreachable robots.txt, why it was: "why" is
 * given in the verdicts (a TLS error, say). */
void
robots_unreachable(struct robots *r, const char *why)
{
	free(r->error);
	r->error = why != NULL ? xstrdup(why) : NULL;
}

/* Free "r"; NULL does nothing. */
void
robots_free(struct robots *r)
{
	if (r == NULL)
		return;
	free_rules(r->rules, r->nrules);
	free(r->agent);
	free(r->error);
	free(r);
}

/* Return 1 if "pattern" matches the start of "path" (or all of it, with
 * a final "$"). Both are normalised. */
static int
rule_matches(const char *path, const char *pattern)
{
	size_t	 plen = strlen(path), *pos, npos, j, k;
	int	 r = 1;
	const char *c;

	pos = xreallocarray(NULL, plen + 1, sizeof *pos);
	pos[0] = 0;
	npos = 1;
	for (c = pattern; *c != '\0'; c++) {
		if (*c == '$' && c[1] == '\0') {
			r = pos[npos - 1] == plen;
			goto out;
		}
		if (*c == '*') {
			npos = plen - pos[0] + 1;
			for (j = 1; j < npos; j++)
				pos[j] = pos[0] + j;
			continue;
		}
		k = 0;
		for (j = 0; j < npos; j++) {
			if (pos[j] < plen && path[pos[j]] == *c)
				pos[k++] = pos[j] + 1;
		}
		if (k == 0) {
			r = 0;
			goto out;
		}
		npos = k;
	}
out:
	free(pos);
	return (r);
}

/* Return the path and query of "url" ("/" if empty), without the
 * fragment. The caller frees it. */
char *
robots_url_path(const char *url)
{
	const char	*p, *end;

	p = strstr(url, "://");
	p = p != NULL ? p + 3 : url;
	p += strcspn(p, "/?#");
	end = p + strcspn(p, "#");
	if (end == p)
		return (xstrdup("/"));
	if (*p == '?') {
		char	*s;

		xasprintf(&s, "/%.*s", (int)(end - p), p);
		return (s);
	}
	return (xstrndup(p, (size_t)(end - p)));
}

/* Return "scheme://host[:port]" of "url" in lower case, or NULL if it is
 * not http(s). The caller frees it. */
char *
robots_origin(const char *url)
{
	const char	*p;
	char		*o, *at, *s;
	size_t		 n;

	if (strncasecmp(url, "http://", 7) == 0)
		p = url + 7;
	else if (strncasecmp(url, "https://", 8) == 0)
		p = url + 8;
	else
		return (NULL);
	n = strcspn(p, "/?#");
	if (n == 0)
		return (NULL);
	o = xstrndup(url, (size_t)(p - url) + n);
	/* Drop any user information. */
	at = strrchr(o, '@');
	if (at != NULL) {
		memmove(o + (p - url), at + 1, strlen(at + 1) + 1);
	}
	for (s = o; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
	/* The default port is the same origin. */
	n = strlen(o);
	if (strncmp(o, "http://", 7) == 0 && n > 3 &&
	    strcmp(o + n - 3, ":80") == 0)
		o[n - 3] = '\0';
	else if (strncmp(o, "https://", 8) == 0 && n > 4 &&
	    strcmp(o + n - 4, ":443") == 0)
		o[n - 4] = '\0';
	return (o);
}

/*
 * Decide whether "r" allows fetching "url" (an absolute URL or a path),
 * saying why in "v". Return 1 if allowed, 0 if not.
 */
int
robots_check(const struct robots *r, const char *url,
    struct robots_verdict *v)
{
	const struct robots_rule	*best = NULL;
	char				*path, *np;
	size_t				 i, blen = 0, len;

	memset(v, 0, sizeof *v);
	if (r == NULL || r->mode == ROBOTS_ALLOW_ALL) {
		v->allowed = 1;
		if (r == NULL)
			v->why = "no robots.txt consulted";
		else {
			snprintf(v->buf, sizeof v->buf, "allowed: robots.txt "
			    "answered HTTP %ld, which means no rules",
			    r->status);
			v->why = v->buf;
		}
		return (1);
	}
	path = url[0] == '/' ? xstrdup(url) : robots_url_path(url);
	if (strcmp(path, "/robots.txt") == 0) {
		free(path);
		v->allowed = 1;
		v->why = "allowed: /robots.txt itself is always allowed";
		return (1);
	}
	if (r->mode == ROBOTS_DISALLOW_ALL) {
		free(path);
		if (r->status == 0 && r->error != NULL) {
			snprintf(v->buf, sizeof v->buf, "disallowed: robots.txt "
			    "could not be fetched (%s), so the whole site is "
			    "off limits for now", r->error);
			v->why = v->buf;
		} else if (r->status == 0)
			v->why = "disallowed: robots.txt could not be fetched, "
			    "so the whole site is off limits for now";
		else {
			snprintf(v->buf, sizeof v->buf, "disallowed: robots.txt "
			    "answered HTTP %ld, so the whole site is off "
			    "limits for now", r->status);
			v->why = v->buf;
		}
		return (0);
	}
	np = normalise(path, strlen(path));
	free(path);
	for (i = 0; i < r->nrules; i++) {
		const struct robots_rule	*rule = &r->rules[i];

		len = strlen(rule->pattern);
		if (best != NULL && (len < blen || (len == blen &&
		    (best->allow || !rule->allow))))
			continue;
		if (rule_matches(np, rule->pattern)) {
			best = rule;
			blen = len;
		}
	}
	free(np);
	if (best == NULL) {
		v->allowed = 1;
		if (r->agent == NULL)
			v->why = "allowed: no robots.txt group applies to us";
		else {
			snprintf(v->buf, sizeof v->buf, "allowed: no robots.txt "
			    "rule matches for agent %s", r->agent);
			v->why = v->buf;
		}
		return (1);
	}
	v->allowed = best->allow;
	snprintf(v->buf, sizeof v->buf, "%s by robots.txt rule %s: %s for "
	    "agent %s", best->allow ? "allowed" : "disallowed",
	    best->allow ? "Allow" : "Disallow", best->text, r->agent);
	v->why = v->buf;
	return (v->allowed);
}

/* Return 1 if "r" allows "url", 0 if not. */
int
robots_allowed(const struct robots *r, const char *url)
{
	struct robots_verdict	v;

	return (robots_check(r, url, &v));
}
