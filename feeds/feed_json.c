/*
 * feed_json.c: JSON Feed 1.0 and 1.1 (jsonfeed.org), read with jansson.
 * Titles and summaries are plain text; content_html is HTML, read through
 * Gumbo, and content_text plain. Version 1.1's "authors" and 1.0's
 * "author" are both read; an item without one takes the feed's. Relative
 * URLs are resolved against the feed's URL, else its feed_url.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/xmalloc.h"
#include "feeds/feed_date.h"
#include "feeds/feed_int.h"

/* Return the string "key" of object "o", or NULL. */
static const char *
jstr(json_t *o, const char *key)
{
	json_t	*v = json_object_get(o, key);

	return (json_is_string(v) ? json_string_value(v) : NULL);
}

/* Return the string "key" of "o" as clean text read as "mode", or NULL. */
static char *
jtext(json_t *o, const char *key, enum feed_text mode, int lines)
{
	const char	*s = jstr(o, key);

	if (s == NULL)
		return (NULL);
	return (feed_text_clean(s, mode, lines));
}

/* Return the author named in "o" (1.1 "authors", 1.0 "author"), or NULL. */
static char *
jauthor(json_t *o)
{
	json_t		*a = json_object_get(o, "authors"), *one = NULL;
	const char	*name;
	size_t		 i;

	if (json_is_array(a)) {
		for (i = 0; i < json_array_size(a); i++) {
			one = json_array_get(a, i);
			if (json_is_object(one) && jstr(one, "name") != NULL)
				break;
			one = NULL;
		}
	}
	if (one == NULL)
		one = json_object_get(o, "author");
	if (json_is_string(one))
		return (feed_text_clean(json_string_value(one),
		    FEED_TEXT_PLAIN, 0));
	if (!json_is_object(one))
		return (NULL);
	name = jstr(one, "name");
	if (name == NULL)
		name = jstr(one, "url");
	return (name != NULL ? feed_text_clean(name, FEED_TEXT_PLAIN, 0) :
	    NULL);
}

/* Return the URL "key" of "o" made absolute, or NULL. */
static char *
jurl(const struct feed_src *src, json_t *o, const char *key)
{
	const char	*s = jstr(o, key);

	return (s != NULL ? feed_url_resolve(src, NULL, s, 1) : NULL);
}

/* Read the item object "o" into a new item of "f". */
static void
json_item(const struct feed_src *src, struct feed *f, json_t *o,
    const char *feed_author)
{
	struct feed_entry	 e;
	json_t			*id;
	const char		*s;

	memset(&e, 0, sizeof e);
	id = json_object_get(o, "id");
	if (json_is_string(id) && *json_string_value(id) != '\0')
		e.it.id = xstrdup(json_string_value(id));
	else if (json_is_integer(id))
		xasprintf(&e.it.id, "%lld", (long long)json_integer_value(id));
	else if (json_is_real(id))
		xasprintf(&e.it.id, "%.17g", json_real_value(id));
	e.it.link = jurl(src, o, "url");
	if (e.it.link == NULL)
		e.it.link = jurl(src, o, "external_url");
	e.it.title = jtext(o, "title", FEED_TEXT_PLAIN, 0);
	e.it.summary = jtext(o, "summary", FEED_TEXT_PLAIN, 1);
	if ((s = jstr(o, "content_html")) != NULL) {
		e.it.content = feed_text_clean(s, FEED_TEXT_HTML, 1);
		e.raw_content = xstrdup(s);
	} else if ((s = jstr(o, "content_text")) != NULL) {
		e.it.content = feed_text_clean(s, FEED_TEXT_PLAIN, 1);
		e.raw_content = xstrdup(s);
	}
	e.it.published = feed_date_parse(jstr(o, "date_published"));
	e.it.updated = feed_date_parse(jstr(o, "date_modified"));
	e.it.author = jauthor(o);
	if (e.it.author == NULL && feed_author != NULL)
		e.it.author = xstrdup(feed_author);
	e.it.thumbnail = jurl(src, o, "image");
	if (e.it.thumbnail == NULL)
		e.it.thumbnail = jurl(src, o, "banner_image");
	feed_entry_done(f, &e);
}

/* Return FEED_JSON for a JSON Feed: a version of jsonfeed.org, or at
 * least a list of items. */
static enum feed_format
json_detect(const struct feed_src *src)
{
	const char	*v;

	if (!json_is_object(src->json))
		return (FEED_UNKNOWN);
	v = jstr(src->json, "version");
	if (v != NULL && strstr(v, "jsonfeed.org/version") != NULL)
		return (FEED_JSON);
	if (json_is_array(json_object_get(src->json, "items")))
		return (FEED_JSON);
	return (FEED_UNKNOWN);
}

/* Read the feed's fields, then its items. */
static void
json_parse(const struct feed_src *src, struct feed *f)
{
	struct feed_src	 s = *src;
	json_t		*items, *o;
	size_t		 i;

	if (s.base == NULL)
		s.base = jstr(src->json, "feed_url");
	f->title = jtext(src->json, "title", FEED_TEXT_PLAIN, 0);
	f->link = jurl(&s, src->json, "home_page_url");
	f->author = jauthor(src->json);
	items = json_object_get(src->json, "items");
	if (!json_is_array(items))
		return;
	for (i = 0; i < json_array_size(items); i++) {
		o = json_array_get(items, i);
		if (json_is_object(o))
			json_item(&s, f, o, f->author);
	}
}

const struct feed_parser feed_json_parser = {
	"json",
	json_detect,
	json_parse,
};
