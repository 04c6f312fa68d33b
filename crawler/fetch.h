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
	char		*http_version;	/* "HTTP/1.1", "HTTP/2", ... */
	char		*content_type;
	char		*etag;
	char		*last_modified;
	char		*retry_after;
	char		*cache_control;
	char		*ip;
	long		 redirects;	/* followed */
	char		*error;		/* NULL on a complete response */
	int		 refused;	/* by the policy (robots.txt): the
					   reason is "error" */
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
	int		 check;		/* ask the policy about the URL too,
					   not only about redirects */
};

/* What a policy says of a URL (struct fetch_policy). */
#define FETCH_ALLOW	1
#define FETCH_REFUSE	0
#define FETCH_ROBOTS	(-1)	/* ask again once robots.txt is read */

/*
 * The caller's say over where transfers go. "check" decides whether a URL
 * may be requested: FETCH_ALLOW, FETCH_REFUSE with the reason (static or
 * kept by the callee) in its last argument, or FETCH_ROBOTS if the
 * robots.txt of the URL's origin is not known yet: the fetcher then
 * fetches it (the origin's "/robots.txt", its redirects followed unasked),
 * gives the response to "robots" (which may take it with fetch_resp_take)
 * and asks again. Both run in the fetcher's thread.
 */
struct fetch_policy {
	int	 (*check)(const char *, void *, char **);
	void	 (*robots)(const char *, struct fetch_resp *, void *);
	void	  *arg;
};

typedef void	(*fetch_done_cb)(struct fetch_resp *, void *);

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
void		 fetcher_limit(struct fetcher *, int);
void		 fetcher_on_drop(struct fetcher *, void (*)(void *));
void		 fetcher_policy(struct fetcher *, const struct fetch_policy *);
struct fetch_resp *fetch_resp_take(struct fetch_resp *);
void		 fetch_resp_free(struct fetch_resp *);
char		*fetch_host(const char *);
int		 fetch_addr_private(const char *);

#endif
