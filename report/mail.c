/*
 * mail.c: the messages mentionwatch sends, and sending them. A message is
 * composed (subject, plain text, HTML), recorded in the outbox (db_mail.c)
 * with its Message-ID and Date fixed, and only then sent, with libcurl's
 * SMTP and its MIME API as multipart/alternative in UTF-8. A crash before
 * the send leaves it queued; a crash after it leaves a retry of the very
 * same message (same Message-ID, so mail clients show it once).
 *
 * Every header is built here from cleaned text: control characters,
 * carriage returns and line feeds in a crawled string become spaces, so a
 * page title can never add a header, and any non-ASCII subject is encoded
 * as RFC 2047 encoded words. The connection is TLS (smtps://, or STARTTLS
 * required on smtp://) with the certificate verified; only a relay on the
 * loopback interface may be reached in clear. SMTP AUTH credentials come
 * from a file that must be mode 0600, and are never logged.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <curl/curl.h>
#include <jansson.h>
#include <openssl/rand.h>

#include "common/config.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/mail.h"

#define SUBJECT_MAX	180	/* bytes of subject text kept */
#define MAIL_TIMEOUT	120L
#define BACKOFF_MAX	(6 * 3600)

/*
 * Return "s" cut to "max" bytes (on a UTF-8 boundary, 0: no cap) with
 * every control character, CR and LF made a space and runs of spaces
 * folded: text that is safe inside one header line. The caller frees it.
 */
char *
mail_clean_header(const char *s, size_t max)
{
	struct buf	 b;
	size_t		 len;
	char		*fixed, *out;
	int		 space = 0;
	const unsigned char *p;

	if (s == NULL)
		return (xstrdup(""));
	fixed = utf8_repair(s, strlen(s), &len);
	buf_init(&b, 0);
	for (p = (const unsigned char *)fixed; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f || *p == ' ') {
			space = b.len > 0;
			continue;
		}
		if (space)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, (char)*p);
	}
	free(fixed);
	out = buf_detach(&b);
	if (out == NULL)
		out = xstrdup("");
	if (max > 3 && strlen(out) > max) {
		len = max - 3;
		while (len > 0 && ((unsigned char)out[len] & 0xc0) == 0x80)
			len--;
		memcpy(out + len, "...", 4);
	}
	return (out);
}

static int
is_ascii(const char *s)
{
	for (; *s != '\0'; s++) {
		if ((unsigned char)*s >= 0x80)
			return (0);
	}
	return (1);
}

/*
 * Return header text "s" (already cleaned) as it goes on the wire:
 * unchanged if it is ASCII, else as RFC 2047 base64 encoded words of at
 * most 75 characters, each split on a UTF-8 character boundary, joined by
 * folding white space. The caller frees it.
 */
char *
mail_encode_header(const char *s)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	struct buf	 b;
	size_t		 len = strlen(s), i = 0, n, j;

	if (is_ascii(s))
		return (xstrdup(s));
	buf_init(&b, 0);
	while (i < len) {
		/* 45 bytes of text make 60 of base64: 72 with the frame */
		n = len - i > 45 ? 45 : len - i;
		while (i + n < len && n > 0 &&
		    ((unsigned char)s[i + n] & 0xc0) == 0x80)
			n--;
		if (b.len > 0)
			buf_adds(&b, "\r\n ");
		buf_adds(&b, "=?UTF-8?B?");
		for (j = 0; j < n; j += 3) {
			unsigned	v = (unsigned char)s[i + j] << 16;
			size_t		k = n - j;

			if (k > 1)
				v |= (unsigned char)s[i + j + 1] << 8;
			if (k > 2)
				v |= (unsigned char)s[i + j + 2];
			buf_addc(&b, b64[v >> 18 & 63]);
			buf_addc(&b, b64[v >> 12 & 63]);
			buf_addc(&b, k > 1 ? b64[v >> 6 & 63] : '=');
			buf_addc(&b, k > 2 ? b64[v & 63] : '=');
		}
		buf_adds(&b, "?=");
		i += n;
	}
	return (buf_detach(&b));
}

/* Write "t" as an RFC 5322 date ("Sat, 21 Nov 2026 07:30:00 +0000"). */
char *
mail_date(time_t t, char *out, size_t len)
{
	static const char *days[] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm	tm;

	gmtime_r(&t, &tm);
	snprintf(out, len, "%s, %02d %s %04d %02d:%02d:%02d +0000",
	    days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	return (out);
}

static const char *
from_domain(const struct config *cf)
{
	const char	*at = cf->mail_from != NULL ?
			    strchr(cf->mail_from, '@') : NULL;

	return (at != NULL ? at + 1 : "mentionwatch.invalid");
}

/* Return a new Message-ID ("<...@domain>"); the caller frees it. */
char *
mail_message_id(const struct config *cf, const char *kind, time_t now)
{
	unsigned char	 r[8];
	char		*out;
	size_t		 i;
	char		 hex[17];

	if (RAND_bytes(r, sizeof r) != 1)
		fatalx("mail: no random bytes for a Message-ID");
	for (i = 0; i < sizeof r; i++)
		snprintf(hex + 2 * i, 3, "%02x", r[i]);
	xasprintf(&out, "<mentionwatch.%s.%lld.%s@%s>", kind, (long long)now,
	    hex, from_domain(cf));
	return (out);
}

/* Free what "p" holds. */
void
mail_parts_clear(struct mail_parts *p)
{
	free(p->dkey);
	free(p->to);
	free(p->subject);
	free(p->text);
	free(p->html);
	free(p->chain_head);
	memset(p, 0, sizeof *p);
}

/*
 * Record message "p" in the outbox at "now" unless its key is there
 * already ("*queued" says which). Runs inside the caller's transaction,
 * if any. Return 0 or -1 with "*cause".
 */
int
mail_queue(const struct config *cf, struct db *db, struct mail_parts *p,
    time_t now, int *queued, char **cause)
{
	struct db_mail	 m;
	json_t		*j;
	char		*subject, *mid, *msg;
	int		 r;

	*queued = 0;
	if (p->to == NULL || *p->to == '\0')
		return (0);
	if (db_mail_exists(db, p->dkey))
		return (0);
	subject = mail_clean_header(p->subject, SUBJECT_MAX);
	mid = mail_message_id(cf, p->kind, now);
	j = json_pack("{s:s, s:s?}", "text", p->text, "html", p->html);
	msg = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	memset(&m, 0, sizeof m);
	m.kind = p->kind;
	m.dkey = p->dkey;
	m.school = p->school;
	m.case_id = p->case_id;
	m.created = now;
	m.recipients = p->to;
	m.subject = subject;
	m.message_id = mid;
	m.chain_head = p->chain_head;
	m.message = msg;
	r = db_mail_queue(db, &m, queued, cause);
	free(subject);
	free(mid);
	free(msg);
	return (r);
}

/* Split a stored message into its parts; the caller frees both. */
int
mail_unpack(const char *msg, char **text, char **html)
{
	json_t		*j, *v;
	json_error_t	 err;

	*text = NULL;
	*html = NULL;
	j = json_loads(msg != NULL ? msg : "", 0, &err);
	if (j == NULL)
		return (-1);
	v = json_object_get(j, "text");
	*text = xstrdup(json_is_string(v) ? json_string_value(v) : "");
	v = json_object_get(j, "html");
	if (json_is_string(v))
		*html = xstrdup(json_string_value(v));
	json_decref(j);
	return (0);
}

/* Append the top-level headers of "m" to "hdrs" (one string each). */
static struct curl_slist *
top_headers(const struct config *cf, const struct db_mail *m,
    struct curl_slist *hdrs)
{
	char	 date[64], *line, *clean, *enc;

	mail_date(m->created, date, sizeof date);
	xasprintf(&line, "Date: %s", date);
	hdrs = curl_slist_append(hdrs, line);
	free(line);
	xasprintf(&line, "From: mentionwatch <%s>", cf->mail_from != NULL ?
	    cf->mail_from : "mentionwatch@localhost");
	hdrs = curl_slist_append(hdrs, line);
	free(line);
	clean = mail_clean_header(m->recipients, 0);
	xasprintf(&line, "To: %s", clean);
	hdrs = curl_slist_append(hdrs, line);
	free(line);
	free(clean);
	clean = mail_clean_header(m->subject, SUBJECT_MAX);
	enc = mail_encode_header(clean);
	xasprintf(&line, "Subject: %s", enc);
	hdrs = curl_slist_append(hdrs, line);
	free(line);
	free(enc);
	free(clean);
	clean = mail_clean_header(m->message_id, 0);
	xasprintf(&line, "Message-ID: %s", clean);
	hdrs = curl_slist_append(hdrs, line);
	free(line);
	free(clean);
	hdrs = curl_slist_append(hdrs, "Auto-Submitted: auto-generated");
	xasprintf(&line, "X-Mentionwatch-Kind: %s", m->kind);
	hdrs = curl_slist_append(hdrs, line);
	free(line);
	return (hdrs);
}

/* Append "s" encoded quoted-printable (RFC 2045) to "b". */
static void
add_qp(struct buf *b, const char *s)
{
	size_t	col = 0;

	for (; *s != '\0'; s++) {
		unsigned char	c = (unsigned char)*s;

		if (c == '\n') {
			buf_adds(b, "\r\n");
			col = 0;
			continue;
		}
		if (c == '\r')
			continue;
		if (col >= 72) {
			buf_adds(b, "=\r\n");
			col = 0;
		}
		if ((c == ' ' || c == '\t') && (s[1] == '\n' || s[1] == '\0')) {
			buf_printf(b, "=%02X", c);
			col += 3;
		} else if (c == '=' || c >= 0x7f || (c < 0x20 && c != '\t')) {
			buf_printf(b, "=%02X", c);
			col += 3;
		} else {
			buf_addc(b, (char)c);
			col++;
		}
	}
	buf_adds(b, "\r\n");
}

/* Append "s" with CRLF line ends to "b". */
static void
add_crlf(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\n')
			buf_adds(b, "\r\n");
		else if (*s != '\r')
			buf_addc(b, *s);
	}
	buf_adds(b, "\r\n");
}

/*
 * Write message "m" as it would be sent (RFC 5322 headers, a
 * multipart/alternative body of a plain text part, 8bit so that it reads
 * as it is, and an HTML part, quoted-printable) into "out", for `digest
 * --stdout`. The sender encodes both parts quoted-printable.
 */
int
mail_render(const struct config *cf, const struct db_mail *m,
    struct buf *out, char **cause)
{
	struct curl_slist	*hdrs, *h;
	char			*text, *html;
	const char		*bnd = "=_mentionwatch_alternative";

	if (mail_unpack(m->message, &text, &html) != 0) {
		xasprintf(cause, "message %s is damaged in the outbox",
		    m->dkey);
		return (-1);
	}
	hdrs = top_headers(cf, m, NULL);
	for (h = hdrs; h != NULL; h = h->next)
		buf_printf(out, "%s\r\n", h->data);
	curl_slist_free_all(hdrs);
	buf_printf(out, "MIME-Version: 1.0\r\nContent-Type: "
	    "multipart/alternative; boundary=\"%s\"\r\n\r\n", bnd);
	buf_printf(out, "--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: 8bit\r\n\r\n", bnd);
	add_crlf(out, text);
	if (html != NULL) {
		buf_printf(out, "--%s\r\nContent-Type: text/html; "
		    "charset=UTF-8\r\nContent-Transfer-Encoding: "
		    "quoted-printable\r\n\r\n", bnd);
		add_qp(out, html);
	}
	buf_printf(out, "--%s--\r\n", bnd);
	free(text);
	free(html);
	return (0);
}

/*
 * Write "p" as it would be sent at "now" into "out", without queueing it
 * (for `digest --stdout`).
 */
int
mail_render_parts(const struct config *cf, const struct mail_parts *p,
    time_t now, struct buf *out, char **cause)
{
	struct db_mail	 m;
	json_t		*j;
	char		*msg, *mid, *subject;
	int		 r;

	j = json_pack("{s:s, s:s?}", "text", p->text, "html", p->html);
	msg = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	mid = mail_message_id(cf, p->kind, now);
	subject = mail_clean_header(p->subject, SUBJECT_MAX);
	memset(&m, 0, sizeof m);
	m.kind = p->kind;
	m.dkey = p->dkey != NULL ? p->dkey : "preview";
	m.created = now;
	m.recipients = p->to != NULL ? p->to : "";
	m.subject = subject;
	m.message_id = mid;
	m.message = msg;
	r = mail_render(cf, &m, out, cause);
	free(msg);
	free(mid);
	free(subject);
	return (r);
}

/*
 * Read SMTP credentials ("user:password" on the first line) from "path",
 * which must be a regular file no one but its owner may read (mode 0600).
 * Return 0, or -1 with "*cause" (which never holds the secret).
 */
int
mail_credentials(const char *path, char **user, char **pass, char **cause)
{
	struct stat	 sb;
	FILE		*fp;
	char		 line[1024], *colon, *nl;

	*user = NULL;
	*pass = NULL;
	fp = fopen(path, "r");
	if (fp == NULL) {
		xasprintf(cause, "mail credentials %s: %s", path,
		    strerror(errno));
		return (-1);
	}
	if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		xasprintf(cause, "mail credentials %s: not a file", path);
		fclose(fp);
		return (-1);
	}
	if ((sb.st_mode & 077) != 0) {
		xasprintf(cause, "mail credentials %s: mode %03o lets others "
		    "read it; run `chmod 600 %s`", path,
		    (unsigned)(sb.st_mode & 0777), path);
		fclose(fp);
		return (-1);
	}
	if (fgets(line, sizeof line, fp) == NULL ||
	    (colon = strchr(line, ':')) == NULL) {
		xasprintf(cause, "mail credentials %s: the first line is not "
		    "user:password", path);
		fclose(fp);
		explicit_bzero(line, sizeof line);
		return (-1);
	}
	fclose(fp);
	nl = strpbrk(colon, "\r\n");
	if (nl != NULL)
		*nl = '\0';
	*colon = '\0';
	*user = xstrdup(line);
	*pass = xstrdup(colon + 1);
	explicit_bzero(line, sizeof line);
	return (0);
}

/* Return "s" with every line ending CRLF; the caller frees it. */
static char *
to_crlf(const char *s)
{
	struct buf	b;
	char		*out;

	buf_init(&b, 0);
	for (; *s != '\0'; s++) {
		if (*s == '\n')
			buf_adds(&b, "\r\n");
		else if (*s != '\r')
			buf_addc(&b, *s);
	}
	out = buf_detach(&b);
	return (out != NULL ? out : xstrdup(""));
}

static int
loopback_url(const char *url)
{
	const char	*h = strstr(url, "://");

	if (h == NULL)
		return (0);
	h += 3;
	return (str_startswith(h, "127.") || str_startswith(h, "[::1]") ||
	    str_startswith(h, "localhost:") || strcmp(h, "localhost") == 0);
}

static void
free_secret(char *s)
{
	if (s != NULL) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

/*
 * Send message "m" through the configured server. Return 0, or -1 with
 * "*cause" naming what failed (never a secret).
 */
int
mail_send(const struct config *cf, const struct db_mail *m, char **cause)
{
	CURL			*h;
	curl_mime		*mime = NULL;
	curl_mimepart		*part;
	struct curl_slist	*hdrs = NULL, *rcpts = NULL, *connect_to = NULL;
	struct strlist		 to = { NULL, 0 };
	char			 err[CURL_ERROR_SIZE], *text = NULL;
	char			*html = NULL, *user = NULL, *pass = NULL;
	char			*from = NULL, *addr, *crlf_text = NULL;
	char			*crlf_html = NULL;
	CURLcode		 rc;
	size_t			 i;
	int			 r = -1;

	if (cf->smtp_url == NULL || cf->mail_from == NULL) {
		xasprintf(cause, "no mail server: set smtp_url and from in "
		    "[mail]");
		return (-1);
	}
	if (mail_unpack(m->message, &text, &html) != 0) {
		xasprintf(cause, "message %s is damaged in the outbox",
		    m->dkey);
		return (-1);
	}
	if (cf->smtp_credentials != NULL) {
		char	*path = config_resolve_path(cf, cf->smtp_credentials);

		r = mail_credentials(path, &user, &pass, cause);
		free(path);
		if (r != 0)
			goto out;
		r = -1;
	}
	h = curl_easy_init();
	if (h == NULL) {
		xasprintf(cause, "mail: curl_easy_init failed");
		goto out;
	}
	err[0] = '\0';
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, err);
	curl_easy_setopt(h, CURLOPT_URL, cf->smtp_url);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, MAIL_TIMEOUT);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 30L);
	/* A server that accepts but never answers must not hold the service. */
	curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT, 30L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
	if (cf->ca_file != NULL)
		curl_easy_setopt(h, CURLOPT_CAINFO, cf->ca_file);
	/* Tests and offline demos reach a named server on loopback. */
	if (cf->connect_to != NULL && *cf->connect_to != '\0') {
		connect_to = curl_slist_append(NULL, cf->connect_to);
		curl_easy_setopt(h, CURLOPT_CONNECT_TO, connect_to);
	}
	if (str_casestartswith(cf->smtp_url, "smtp://"))
		curl_easy_setopt(h, CURLOPT_USE_SSL, loopback_url(cf->smtp_url) ?
		    (long)CURLUSESSL_TRY : (long)CURLUSESSL_ALL);
	if (user != NULL) {
		curl_easy_setopt(h, CURLOPT_USERNAME, user);
		curl_easy_setopt(h, CURLOPT_PASSWORD, pass);
	}
	xasprintf(&from, "<%s>", cf->mail_from);
	curl_easy_setopt(h, CURLOPT_MAIL_FROM, from);
	str_split_list(m->recipients, ',', &to);
	for (i = 0; i < to.n; i++) {
		xasprintf(&addr, "<%s>", to.v[i]);
		rcpts = curl_slist_append(rcpts, addr);
		free(addr);
	}
	curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpts);
	hdrs = top_headers(cf, m, NULL);
	crlf_text = to_crlf(text);
	crlf_html = html != NULL ? to_crlf(html) : NULL;

	/*
	 * The message itself is multipart/alternative: curl takes the
	 * top-level type from a Content-Type among the headers given.
	 */
	hdrs = curl_slist_append(hdrs, "Content-Type: multipart/alternative");
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
	mime = curl_mime_init(h);
	part = curl_mime_addpart(mime);
	curl_mime_data(part, crlf_text, CURL_ZERO_TERMINATED);
	curl_mime_type(part, "text/plain; charset=UTF-8");
	curl_mime_encoder(part, "quoted-printable");
	if (html != NULL) {
		part = curl_mime_addpart(mime);
		curl_mime_data(part, crlf_html, CURL_ZERO_TERMINATED);
		curl_mime_type(part, "text/html; charset=UTF-8");
		curl_mime_encoder(part, "quoted-printable");
	}
	curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);
	curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);

	rc = curl_easy_perform(h);
	if (rc != CURLE_OK)
		xasprintf(cause, "mail to %s via %s: %s", m->recipients,
		    cf->smtp_url, err[0] != '\0' ? err :
		    curl_easy_strerror(rc));
	else
		r = 0;
	curl_easy_cleanup(h);
	curl_mime_free(mime);
out:
	curl_slist_free_all(hdrs);
	curl_slist_free_all(rcpts);
	curl_slist_free_all(connect_to);
	strlist_free(&to);
	free(from);
	free(text);
	free(html);
	free(crlf_text);
	free(crlf_html);
	free_secret(user);
	free_secret(pass);
	return (r);
}

/* Return how long to wait before attempt "attempts" + 1. */
time_t
mail_backoff(int attempts)
{
	time_t	d = 60;

	while (attempts-- > 1 && d < BACKOFF_MAX)
		d *= 2;
	return (d < BACKOFF_MAX ? d : BACKOFF_MAX);
}

struct flush {
	struct db_mail	*v;
	size_t		 n;
	struct strlist	 owned;		/* the copies' strings */
};

static const char *
keep(struct flush *f, const char *s)
{
	if (s == NULL)
		return (NULL);
	strlist_add(&f->owned, s);
	return (f->owned.v[f->owned.n - 1]);
}

static int
collect(void *arg, const struct db_mail *m)
{
	struct flush	*f = arg;
	struct db_mail	*c;

	f->v = xreallocarray(f->v, f->n + 1, sizeof *f->v);
	c = &f->v[f->n++];
	*c = *m;
	c->kind = keep(f, m->kind);
	c->dkey = keep(f, m->dkey);
	c->school = keep(f, m->school);
	c->recipients = keep(f, m->recipients);
	c->subject = keep(f, m->subject);
	c->message_id = keep(f, m->message_id);
	c->chain_head = keep(f, m->chain_head);
	c->last_error = NULL;
	c->message = keep(f, m->message != NULL ? m->message : "");
	return (0);
}

/*
 * Send every queued message (of "kind" if not NULL) due to be tried at
 * "now": claim it, send it, mark it sent or record why it failed; a
 * failure is retried later with growing waits. Counts go to "res".
 */
int
mail_flush(const struct config *cf, struct db *db, time_t now,
    const char *kind, struct mail_result *res, char **cause)
{
	struct flush	 f;
	char		*why = NULL;
	size_t		 i;
	int		 r = 0, claimed;

	memset(res, 0, sizeof *res);
	memset(&f, 0, sizeof f);
	if (db_mail_pending(db, now, kind, collect, &f, cause) != 0)
		return (-1);
	for (i = 0; i < f.n; i++) {
		struct db_mail	*m = &f.v[i];

		if (r != 0)
			break;
		claimed = db_mail_claim(db, m->id, m->attempts, now +
		    mail_backoff(m->attempts + 1), cause);
		if (claimed < 0) {
			r = -1;
			break;
		}
		if (claimed == 0)
			continue;	/* another sender has it */
		if (mail_send(cf, m, &why) == 0) {
			if (db_mail_sent(db, m->id, mwtime_now(), cause) != 0)
				r = -1;
			res->sent++;
			log_info("mail: sent %s %s to %s", m->kind, m->dkey,
			    m->recipients);
		} else {
			res->failed++;
			log_warnx("mail: %s %s: %s (attempt %d; will retry)",
			    m->kind, m->dkey, why, m->attempts + 1);
			if (db_mail_failed(db, m->id, why, cause) != 0)
				r = -1;
			free(why);
			why = NULL;
		}
	}
	strlist_free(&f.owned);
	free(f.v);
	return (r);
}
