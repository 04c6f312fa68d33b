/* feed.h: parsed feeds, whatever format they came in. */
#ifndef MW_FEED_H
#define MW_FEED_H

#include <stddef.h>
#include <time.h>

enum feed_format {
	FEED_UNKNOWN,
	FEED_RSS090,
	FEED_RSS091,
	FEED_RSS092,
	FEED_RSS2,
	FEED_RSS1,
	FEED_ATOM03,
	FEED_ATOM1,
	FEED_JSON,
};

struct feed_item {
	char	*title;		/* clean text */
	char	*link;		/* absolute URL */
	char	*id;		/* stable: guid/id, else link, else hash */
	char	*summary;	/* clean text */
	char	*content;	/* clean text */
	char	*author;
	char	*raw;		/* original markup of content, else summary */
	char	*thumbnail;	/* absolute URL of an image (media:*) */
	time_t	 published;	/* 0: absent or unparseable */
	time_t	 updated;	/* else published; 0: neither */
};

struct feed {
	enum feed_format	 format;
	char			*title;
	char			*link;
	char			*author;	/* feed-wide author */
	int			 malformed;
	long			 ttl;		/* minutes; 0: none */
	struct feed_item	*items;
	size_t			 nitems;
};

#define FEED_MAX_SIZE	(64 * 1024 * 1024)
#define FEED_MAX_ITEMS	10000

int		 feed_parse_buffer(const char *, size_t, const char *,
		    const char *, struct feed **, char **);
void		 feed_free(struct feed *);
void		 feed_item_clear(struct feed_item *);
const char	*feed_format_name(enum feed_format);
int		 feed_sniff(const char *, size_t);
char		*feed_http_charset(const char *);
char		*feed_discover(const char *, size_t, const char *);

#endif
