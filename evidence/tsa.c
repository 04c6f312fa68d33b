/*
 * tsa.c: RFC 3161 time-stamps of checkpoints. When tsa_url is set, the
 * SHA-256 of each checkpoint's text is sent to that time-stamping
 * authority, and its answer (a TimeStampResp, DER) is kept with the
 * checkpoint and put in bundles as checkpoint.tsr, so that a third party
 * vouches for when the log held what it held: `openssl ts -verify -in
 * checkpoint.tsr -data checkpoint.txt -CAfile TSA-CA.pem`. The answer is
 * checked against the request (imprint, nonce); its signature is the
 * TSA's, checked with the TSA's certificate by whoever relies on it.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/objects.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include "common/buf.h"
#include "common/config.h"
#include "common/hash.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "evidence/evidence.h"

#define TSA_MAX_REPLY	(256 * 1024)

/* Make a TimeStampReq for the SHA-256 of "msg", with a random nonce. */
static TS_REQ *
make_request(const void *msg, size_t len)
{
	TS_REQ		*req = TS_REQ_new();
	TS_MSG_IMPRINT	*mi = TS_MSG_IMPRINT_new();
	X509_ALGOR	*alg = X509_ALGOR_new();
	ASN1_INTEGER	*nonce = ASN1_INTEGER_new();
	unsigned char	 md[32];
	uint64_t	 n = 0;

	hash_sha256(msg, len, md);
	hash_random(&n, sizeof n);
	X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, NULL);
	TS_MSG_IMPRINT_set_algo(mi, alg);
	TS_MSG_IMPRINT_set_msg(mi, md, sizeof md);
	TS_REQ_set_version(req, 1);
	TS_REQ_set_msg_imprint(req, mi);
	ASN1_INTEGER_set_uint64(nonce, n >> 1);
	TS_REQ_set_nonce(req, nonce);
	TS_REQ_set_cert_req(req, 1);
	X509_ALGOR_free(alg);
	TS_MSG_IMPRINT_free(mi);
	ASN1_INTEGER_free(nonce);
	return (req);
}

/* Collect the TSA's answer, capped. */
static size_t
on_reply(char *p, size_t size, size_t n, void *arg)
{
	struct buf	*b = arg;

	if (buf_add(b, p, size * n) != 0)
		return (0);
	return (size * n);
}

/*
 * Ask the TSA of "cf" to time-stamp "len" bytes at "msg". Set "*token"
 * (allocated) and "*toklen" to its answer. Return 0, or -1 with "*cause"
 * set (no TSA configured is not an error: "*token" stays NULL).
 */
int
tsa_stamp(const struct config *cf, const void *msg, size_t len,
    unsigned char **token, size_t *toklen, char **cause)
{
	TS_REQ			*req;
	TS_RESP			*resp = NULL;
	TS_VERIFY_CTX		*vctx = NULL;
	CURL			*e;
	struct curl_slist	*h;
	struct buf		 reply;
	unsigned char		*der = NULL;
	const unsigned char	*p;
	long			 status = 0;
	int			 n, r = -1;
	CURLcode		 rc;

	*token = NULL;
	*toklen = 0;
	if (cf->tsa_url == NULL || *cf->tsa_url == '\0')
		return (0);
	req = make_request(msg, len);
	n = i2d_TS_REQ(req, &der);
	if (n <= 0) {
		xasprintf(cause, "tsa: cannot encode the request");
		TS_REQ_free(req);
		return (-1);
	}
	buf_init(&reply, TSA_MAX_REPLY);
	e = curl_easy_init();
	if (e == NULL)
		fatalx("tsa: cannot start a transfer");
	h = curl_slist_append(NULL, "Content-Type: "
	    "application/timestamp-query");
	curl_easy_setopt(e, CURLOPT_URL, cf->tsa_url);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, der);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, (long)n);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_reply);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &reply);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, (long)cf->connect_timeout);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, (long)cf->timeout);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	if (cf->ca_file != NULL)
		curl_easy_setopt(e, CURLOPT_CAINFO, cf->ca_file);
	rc = curl_easy_perform(e);
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(e);
	curl_slist_free_all(h);
	if (rc != CURLE_OK || status != 200) {
		xasprintf(cause, "tsa: %s: %s", cf->tsa_url, rc != CURLE_OK ?
		    curl_easy_strerror(rc) : "the answer is not HTTP 200");
		goto out;
	}
	p = (const unsigned char *)reply.data;
	resp = p != NULL ? d2i_TS_RESP(NULL, &p, (long)reply.len) : NULL;
	if (resp == NULL) {
		xasprintf(cause, "tsa: %s: the answer is not a "
		    "TimeStampResp", cf->tsa_url);
		goto out;
	}
	/* The answer must be for this request: imprint, nonce, version. */
	vctx = TS_REQ_to_TS_VERIFY_CTX(req, NULL);
	if (vctx != NULL)
		TS_VERIFY_CTX_set_flags(vctx, TS_VFY_VERSION |
		    TS_VFY_IMPRINT | TS_VFY_NONCE);	/* not the signature:
							   we have no TSA CA */
	if (vctx == NULL || TS_RESP_verify_response(vctx, resp) != 1) {
		xasprintf(cause, "tsa: %s: the time-stamp does not match "
		    "the request (or was refused)", cf->tsa_url);
		goto out;
	}
	*token = xmalloc(reply.len);
	memcpy(*token, reply.data, reply.len);
	*toklen = reply.len;
	r = 0;
out:
	TS_VERIFY_CTX_free(vctx);
	TS_RESP_free(resp);
	TS_REQ_free(req);
	OPENSSL_free(der);
	buf_free(&reply);
	return (r);
}

/*
 * Check that time-stamp answer "tok" is granted and stamps the SHA-256 of
 * "len" bytes at "msg"; write its time (GeneralizedTime text) to "when"
 * (64 bytes). Return 1 if so, else 0.
 */
int
tsa_check(const unsigned char *tok, size_t toklen, const void *msg,
    size_t len, char *when)
{
	TS_RESP			*resp;
	TS_TST_INFO		*info;
	TS_MSG_IMPRINT		*mi;
	ASN1_OCTET_STRING	*os;
	const ASN1_GENERALIZEDTIME *t;
	const unsigned char	*p = tok;
	unsigned char		 md[32];
	int			 ok = 0;

	snprintf(when, 64, "?");
	if (toklen > TSA_MAX_REPLY)
		return (0);
	resp = d2i_TS_RESP(NULL, &p, (long)toklen);
	if (resp == NULL)
		return (0);
	info = TS_RESP_get_tst_info(resp);
	if (info != NULL && (mi = TS_TST_INFO_get_msg_imprint(info)) !=
	    NULL && (os = TS_MSG_IMPRINT_get_msg(mi)) != NULL) {
		hash_sha256(msg, len, md);
		if (ASN1_STRING_length(os) == 32 &&
		    memcmp(ASN1_STRING_get0_data(os), md, 32) == 0)
			ok = 1;
		t = TS_TST_INFO_get_time(info);
		if (t != NULL)
			snprintf(when, 64, "%.*s", ASN1_STRING_length(t),
			    (const char *)ASN1_STRING_get0_data(t));
	}
	TS_RESP_free(resp);
	return (ok);
}
