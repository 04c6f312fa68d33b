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
	/* Added by the crawler issue (politeness, incremental, bench). */
	char		*expires;
	char		*content_encoding;
	struct buf	 encoded;	/* bytes as received, if kept */
	long long	 waited_ms;	/* held back by per-host limits */
};

/* One request, for fetcher_add_req. */
struct fetch_req {
	const char	*url;
	const char	*etag;		/* If-None-Match; may be NULL */
	const char	*last_modified;	/* If-Modified-Since; may be NULL */
	const char	*user_agent;	/* NULL: ours */
	int		 insecure;	/* a source's explicit tls_verify = no */
	int		 refuse_private; /* refuse private/loopback addresses */
	int		 priority;	/* started before the others */
};

typedef void	(*fetch_done_cb)(struct fetch_resp *, void *);
/* Return 1 if a redirect to the URL may be followed, else 0 with a
 * reason (static or kept by the callee) in the last argument. */
typedef int	(*fetch_redirect_cb)(const char *, void *, char **);

struct fetcher	*fetcher_new(const struct config *, char **);
void		 fetcher_free(struct fetcher *);
void		 fetcher_add(struct fetcher *, const char *, const char *,
		    const char *, void *);
void		 fetcher_add_req(struct fetcher *, const struct fetch_req *,
		    void *);
int		 fetcher_run(struct fetcher *, fetch_done_cb, void *,
		    volatile int *);
char		*fetcher_user_agent(const struct config *);
void		 fetcher_host_gap(struct fetcher *, const char *, long long);
void		 fetcher_keep_encoded(struct fetcher *, int);
void		 fetcher_hold(struct fetcher *, int);
void		 fetcher_redirect_check(struct fetcher *, fetch_redirect_cb,
		    void *);
struct fetch_resp *fetch_resp_take(struct fetch_resp *);
void		 fetch_resp_free(struct fetch_resp *);
char		*fetch_host(const char *);
int		 fetch_addr_private(const char *);

#endif
