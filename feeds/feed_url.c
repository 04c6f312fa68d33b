/*
 * feed_url.c: the links of feeds made absolute. RFC 3986's resolution of
 * a reference against a base (section 5.2), done here rather than with
 * libxml2's xmlBuildURI, which percent-escapes spaces and non-ASCII
 * characters and so changes IRIs from what the feed wrote. The base is
 * the xml:base in scope (resolved outwards) and then the feed's own URL.
 * Links with a scheme a reader should not follow ("javascript:") are
 * refused, with feedparser's list of acceptable schemes.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "common/buf.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "feeds/feed_int.h"

/* URL schemes a link may have (feedparser's list); others are dropped. */
static const char *schemes[] = {
	"http", "https", "ftp", "file", "gopher", "h323", "hdl", "imap",
	"magnet", "mailto", "mms", "news", "nntp", "prospero", "rsync", "rtsp",
	"rtspu", "sftp", "shttp", "sip", "sips", "snews", "svn", "svn+ssh",
	"telnet", "wais", "aim", "callto", "cvs", "facetime", "feed", "git",
	"gtalk", "irc", "ircs", "irc6", "itms", "msnim", "skype", "ssh", "smb",
	"ymsg",
};

/* Return 1 if "uri" is relative or has a scheme a link may have. */
int
feed_url_allowed(const char *uri)
{
	size_t	n = strcspn(uri, ":/?#");
	size_t	i;

	if (uri[n] != ':')
		return (1);	/* relative: no scheme */
	for (i = 0; i < sizeof schemes / sizeof schemes[0]; i++)
		if (strlen(schemes[i]) == n && strncasecmp(uri, schemes[i],
		    n) == 0)
			return (1);
	return (0);
}

/* A URI reference cut into its parts (RFC 3986, 3); NULL: absent. */
struct uri {
	char	*scheme, *authority, *path, *query, *fragment;
};

/* Cut "s" into "u"; the parts are copies the caller frees (uri_clear). */
static void
uri_split(const char *s, struct uri *u)
{
	size_t	n;

	memset(u, 0, sizeof *u);
	n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789+-.");
	if (n > 0 && isalpha((unsigned char)s[0]) && s[n] == ':') {
		u->scheme = xstrndup(s, n);
		for (char *c = u->scheme; *c != '\0'; c++)
			*c = (char)tolower((unsigned char)*c);
		s += n + 1;
	}
	if (s[0] == '/' && s[1] == '/') {
		n = strcspn(s + 2, "/?#");
		u->authority = xstrndup(s + 2, n);
		s += 2 + n;
	}
	n = strcspn(s, "?#");
	u->path = xstrndup(s, n);
	s += n;
	if (*s == '?') {
		n = strcspn(s + 1, "#");
		u->query = xstrndup(s + 1, n);
		s += 1 + n;
	}
	if (*s == '#')
		u->fragment = xstrdup(s + 1);
}

/* Free the parts of "u". */
static void
uri_clear(struct uri *u)
{
	free(u->scheme);
	free(u->authority);
	free(u->path);
	free(u->query);
	free(u->fragment);
}

/* Remove "." and ".." segments from "path" in place (RFC 3986, 5.2.4). */
static void
remove_dots(char *path)
{
	char	*in = path, *out = path;

	while (*in != '\0') {
		if (strncmp(in, "../", 3) == 0)
			in += 3;
		else if (strncmp(in, "./", 2) == 0)
			in += 2;
		else if (strncmp(in, "/./", 3) == 0)
			in += 2;
		else if (strcmp(in, "/.") == 0)
			in[1] = '\0';
		else if (strncmp(in, "/../", 4) == 0 ||
		    strcmp(in, "/..") == 0) {
			in += 3;
			if (*in == '\0') {
				in--;
				*in = '/';
			}
			while (out > path && *--out != '/')
				;
		} else if (strcmp(in, ".") == 0 || strcmp(in, "..") == 0)
			in += strlen(in);
		else {
			if (*in == '/')
				*out++ = *in++;
			while (*in != '\0' && *in != '/')
				*out++ = *in++;
		}
	}
	*out = '\0';
}

/*
 * Return "ref" resolved against "base" (RFC 3986, 5.2), as written: no
 * escaping, so that IRIs stay readable. An absolute "ref" is kept as it
 * is but for its scheme in lower case, as Python's urljoin does.
 */
static char *
uri_join(const char *ref, const char *base)
{
	struct uri	 r, b;
	struct buf	 o;
	char		*path = NULL;
	const char	*authority, *query, *slash;

	uri_split(ref, &r);
	buf_init(&o, 0);
	if (r.scheme != NULL) {
		buf_adds(&o, r.scheme);
		buf_addc(&o, ':');
		buf_adds(&o, ref + strlen(r.scheme) + 1);
		uri_clear(&r);
		return (buf_detach(&o));
	}
	uri_split(base, &b);
	if (r.authority != NULL) {
		authority = r.authority;
		path = xstrdup(r.path);
		remove_dots(path);
		query = r.query;
	} else {
		authority = b.authority;
		if (*r.path == '\0') {
			path = xstrdup(b.path);
			query = r.query != NULL ? r.query : b.query;
		} else {
			slash = strrchr(b.path, '/');
			if (*r.path == '/')
				path = xstrdup(r.path);
			else if (b.authority != NULL && *b.path == '\0')
				xasprintf(&path, "/%s", r.path);
			else if (slash != NULL)
				xasprintf(&path, "%.*s%s",
				    (int)(slash - b.path + 1), b.path, r.path);
			else
				path = xstrdup(r.path);
			remove_dots(path);
			query = r.query;
		}
	}
	if (b.scheme != NULL) {
		buf_adds(&o, b.scheme);
		buf_addc(&o, ':');
	}
	if (authority != NULL) {
		buf_adds(&o, "//");
		buf_adds(&o, authority);
	}
	buf_adds(&o, path);
	if (query != NULL) {
		buf_addc(&o, '?');
		buf_adds(&o, query);
	}
	if (r.fragment != NULL) {
		buf_addc(&o, '#');
		buf_adds(&o, r.fragment);
	}
	free(path);
	uri_clear(&r);
	uri_clear(&b);
	return (buf_detach(&o));
}

/* Return the xml:base in scope at "n", resolved outwards, or NULL. */
static char *
xml_base(const xmlNode *n)
{
	const xmlNode	*p;
	xmlChar		*v;
	char		*chain[64], *base = NULL, *j;
	int		 k = 0, i;

	for (p = n; p != NULL && p->type == XML_ELEMENT_NODE && k < 64;
	    p = p->parent) {
		v = xmlGetNsProp(p, (const xmlChar *)"base",
		    XML_XML_NAMESPACE);
		if (v == NULL)
			continue;
		chain[k] = xstrdup((const char *)v);
		str_strip(chain[k]);
		k++;
		xmlFree(v);
	}
	for (i = k - 1; i >= 0; i--) {
		if (base == NULL)
			base = chain[i];
		else {
			j = uri_join(chain[i], base);
			free(base);
			free(chain[i]);
			base = j;
		}
	}
	return (base);
}

/*
 * Return "href", found at "n" (may be NULL), made absolute against the
 * xml:base in scope and, with "feedurl", the feed's own URL; NULL when
 * empty. "scheme:///x" becomes "scheme://x", as browsers read it.
 */
char *
feed_url_resolve(const struct feed_src *src, const xmlNode *n,
    const char *href, int feedurl)
{
	char		*xbase = NULL, *a = NULL, *b = NULL, *s, *out;
	const char	*p;

	if (href == NULL)
		return (NULL);
	s = xstrdup(href);
	str_strip(s);
	if (*s == '\0') {
		free(s);
		return (NULL);
	}
	p = strstr(s, ":///");
	if (p != NULL && (size_t)(p - s) == strcspn(s, ":/?#") &&
	    strncasecmp(s, "file:", 5) != 0) {
		size_t	k = (size_t)(p - s) + 3;

		while (s[k] == '/')
			memmove(s + k, s + k + 1, strlen(s + k));
	}
	if (n != NULL)
		xbase = xml_base(n);
	if (xbase != NULL && *xbase != '\0')
		a = uri_join(s, xbase);
	if (feedurl && src != NULL && src->base != NULL)
		b = uri_join(a != NULL ? a : s, src->base);
	out = b != NULL ? b : a != NULL ? a : s;
	if (a != NULL && a != out)
		free(a);
	if (s != out)
		free(s);
	free(xbase);
	return (out);
}
