/*
 * feed_int.h: what the format parsers of feeds/ share, and the table entry
 * each of them exports. Not for use outside feeds/.
 */
#ifndef MW_FEED_INT_H
#define MW_FEED_INT_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>
#include <libxml/tree.h>

#include "feeds/feed.h"

/* A document as the parsers see it: XML (a libxml2 tree) or JSON. */
struct feed_src {
	const char	*base;		/* the feed's URL, or NULL */
	xmlDoc		*doc;		/* XML documents */
	xmlNode		*root;
	json_t		*json;		/* JSON documents */
};

/* One parser per format family (STYLE.md); the list is in feed.c. */
struct feed_parser {
	const char	*name;
	/* Return the format of "src" if this parser reads it, or 0. */
	enum feed_format (*detect)(const struct feed_src *);
	/* Fill "f" (format already set) from "src". */
	void		 (*parse)(const struct feed_src *, struct feed *);
};

extern const struct feed_parser feed_rss_parser;
extern const struct feed_parser feed_rdf_parser;
extern const struct feed_parser feed_atom_parser;
extern const struct feed_parser feed_json_parser;

/* How the text of an element is to be read. */
enum feed_text {
	FEED_TEXT_PLAIN,	/* literal text */
	FEED_TEXT_HTML,		/* HTML, escaped or in CDATA */
	FEED_TEXT_XHTML,	/* inline XHTML markup */
	FEED_TEXT_GUESS,	/* RSS: HTML if it looks like HTML */
};

/* An item while it is being read: which fields came from where. */
struct feed_entry {
	struct feed_item	 it;
	int			 guid_is_link;	/* link came from a guid */
	int			 have_author;
	int			 summary_explicit;
	int			 title_rank;	/* 2: title, 1: media:title */
	char			*raw_summary;
	char			*raw_content;
	char			*author_name;	/* Atom person parts */
	char			*author_email;
};

/* Everything a parser needs while walking one XML document. */
struct feed_xml {
	const struct feed_src	*src;
	struct feed		*f;
	int			 atom;	/* Atom text constructs rules */
	int			 atom03;
};

/* feed.c: keys, text, links, people and items. */
const char	*feed_xml_key(const xmlNode *, char *, size_t);
int		 feed_xml_is(const xmlNode *, const char *);
char		*feed_xml_attr(const xmlNode *, const char *);
char		*feed_xml_string(const xmlNode *);
char		*feed_xml_text(struct feed_xml *, xmlNode *, enum feed_text,
		    int, char **);
char		*feed_text_clean(const char *, enum feed_text, int);
char		*feed_text_tidy(const char *, int);
void		 feed_entry_elem(struct feed_xml *, struct feed_entry *,
		    xmlNode *);
void		 feed_entry_done(struct feed *, struct feed_entry *);
void		 feed_channel_elem(struct feed_xml *, xmlNode *);
void		 feed_set(char **, char *);
void		 feed_set_first(char **, char *);
int		 feed_looks_like_html(const char *);

/* feed_url.c: links made absolute. */
char		*feed_url_resolve(const struct feed_src *, const xmlNode *,
		    const char *, int);
int		 feed_url_allowed(const char *);

/* feed_charset.c: any bytes to UTF-8. */
char		*feed_charset_utf8(const char *, size_t, const char *,
		    size_t *, int *);

/* feed_repair.c: well-formedness repairs before libxml2 reads it. */
char		*feed_repair_xml(const char *, size_t, size_t *, int *);

/* feed_entity.c: HTML named character references. */
int		 feed_entity_lookup(const char *, size_t, unsigned int *);

#endif
