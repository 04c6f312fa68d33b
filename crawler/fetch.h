/* fetch.h: many HTTP transfers at once, with one policy for all. */
#ifndef MW_FETCH_H
#define MW_FETCH_H

#include <stddef.h>

#include "common/buf.h"
#include "common/str.h"

struct config;
struct fetcher;

struct fetch_resp {
	char		*url;		/* as requested */
	void		*arg;		/* the caller's, from fetcher_add */
	long		 status;	/* 0: no HTTP response */
	struct buf	 body;		/* decoded body, capped */
	struct buf	 headers;	/* raw response headers, last response */
	char		*final_url;	/* after redirects */
	char		*content_type;
	char		*etag;
	char		*last_modified;
	char		*retry_after;
	char		*cache_control;
	char		*ip;
	long		 redirects;
	char		*error;		/* NULL on a complete response */
	long long	 started_ms;
	long long	 elapsed_ms;
	/* evidence: what a capture keeps (evidence/capture.c) */
	struct buf	 wire_headers;	/* every request and response header
					   block, in the order on the wire */
	struct strlist	 urls;		/* each URL requested: the first, then
					   every redirect */
	struct strlist	 certs;		/* PEM of each certificate of the TLS
					   chain, when the connection was new */
	/* end evidence */
};

typedef void	(*fetch_done_cb)(struct fetch_resp *, void *);

struct fetcher	*fetcher_new(const struct config *, char **);
void		 fetcher_free(struct fetcher *);
void		 fetcher_add(struct fetcher *, const char *, const char *,
		    const char *, void *);
int		 fetcher_run(struct fetcher *, fetch_done_cb, void *,
		    volatile int *);
char		*fetcher_user_agent(const struct config *);

#endif
