/* page.h: what a web page says, as a reader sees it. */
#ifndef MW_PAGE_H
#define MW_PAGE_H

#include <stddef.h>
#include <time.h>

#include "common/str.h"

struct page {
	char		*title;
	char		*text;		/* visible text, blocks on lines */
	char		*canonical;
	char		*lang;
	char		*author;
	time_t		 published;	/* 0: unknown */
	struct strlist	 links;		/* absolute http(s) URLs */
	struct strlist	 feeds;		/* <link rel="alternate"> feeds */
	char		*alt;		/* image alt texts, one a line */
	char		*description;	/* meta / OpenGraph description */
	int		 truncated;	/* nested too deep: read in part */
};

#define PAGE_MAX_NEST	1000	/* open elements before the rest is cut */

#define PAGE_TEXT_MAX	(4 * 1024 * 1024)

int	page_extract(const char *, size_t, const char *, struct page *);
void	page_clear(struct page *);

#endif
