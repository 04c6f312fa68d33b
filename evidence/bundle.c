/*
 * bundle.c: the evidence bundle of one case, a ZIP that a complaints
 * panel, the police or a platform can check without mentionwatch: the raw
 * captures, a WARC/1.1 file of them, the chain entries from the first
 * capture to a checkpoint signed at export, a report for people, and
 * SHA256SUMS with a detached Ed25519 signature, verifiable with sha256sum
 * and openssl alone as README.txt says.
 */
#include "autoconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include "common/config.h"
#include "common/hash.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "evidence/evidence.h"

struct bfile {
	char		*name;
	struct buf	 data;
};

struct bundle {
	struct evidence		*ev;
	struct db_capture	*caps;
	size_t			 ncaps;
	struct bfile		*files;
	size_t			 nfiles;
	struct buf		 chain;
	long long		 first;		/* first seq in chain.tsv */
	char			*cause;
};

static struct buf *
add_file(struct bundle *b, const char *fmt, ...) MW_PRINTF(2, 3);

/* Add a file named from "fmt" to the bundle; return its (empty) contents. */
static struct buf *
add_file(struct bundle *b, const char *fmt, ...)
{
	struct bfile	*f;
	va_list		 ap;

	b->files = xreallocarray(b->files, b->nfiles + 1, sizeof *b->files);
	f = &b->files[b->nfiles++];
	va_start(ap, fmt);
	if (vasprintf(&f->name, fmt, ap) == -1)
		fatal("vasprintf");
	va_end(ap);
	buf_init(&f->data, 0);
	return (&f->data);
}

/* Keep a copy of capture "c" of the case. */
static int
collect_capture(void *arg, const struct db_capture *c)
{
	struct bundle		*b = arg;
	struct db_capture	*d;

	b->caps = xreallocarray(b->caps, b->ncaps + 1, sizeof *b->caps);
	d = &b->caps[b->ncaps++];
	db_capture_copy(d, c);
	return (0);
}

/* Return the case's capture of sequence "seq", or NULL. */
static const struct db_capture *
case_capture(const struct bundle *b, long long seq)
{
	size_t	i;

	for (i = 0; i < b->ncaps; i++) {
		if (b->caps[i].seq == seq)
			return (&b->caps[i]);
	}
	return (NULL);
}

/* Add chain entry "c" to chain.tsv, its URL only if it is the case's. */
static int
chain_line(void *arg, const struct db_capture *c)
{
	struct bundle		*b = arg;
	const struct db_capture	*own = case_capture(b, c->seq);
	struct chain_entry	 e;

	chain_from_capture(c, &e);
	chain_format_line(&e, own != NULL ? c->url : NULL, &b->chain);
	return (0);
}

/*
 * Make the HTTP header block of a WARC response record from the block
 * received: the body is stored as decoded, so the codings and length that
 * described the wire are renamed X-Archive-Orig-* and the real length set.
 */
static void
warc_response_head(const char *head, size_t len, size_t bodylen,
    struct buf *out)
{
	const char	*p = head, *end = head + len, *nl;
	static const char *renamed[] = { "content-encoding:",
	    "transfer-encoding:", "content-length:", NULL };
	size_t		 i;
	int		 done = 0;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nl = nl != NULL ? nl + 1 : end;
		if (nl - p <= 2 && (*p == '\r' || *p == '\n')) {
			buf_printf(out, "Content-Length: %zu\r\n\r\n", bodylen);
			done = 1;
			break;
		}
		for (i = 0; renamed[i] != NULL; i++) {
			if (strncasecmp(p, renamed[i],
			    strlen(renamed[i])) == 0) {
				buf_adds(out, "X-Archive-Orig-");
				break;
			}
		}
		buf_add(out, p, (size_t)(nl - p));
		if (nl[-1] == '\n' && (nl - p < 2 || nl[-2] != '\r')) {
			out->len--;	/* a bare LF: make it CRLF */
			buf_adds(out, "\r\n");
		}
		p = nl;
	}
	if (!done)
		buf_printf(out, "Content-Length: %zu\r\n\r\n", bodylen);
}

/* Add each capture's files, and its WARC records to "warc". */
static int
add_captures(struct bundle *b, struct buf *warc)
{
	struct evidence		*ev = b->ev;
	const struct db_capture	*c;
	struct warc_record	 w;
	struct buf		 body, head, meta, *f;
	const char		*blk;
	char			 date[MWTIME_RFC3339_LEN], seed[96];
	char			 reqid[64], respid[64], *cause = NULL;
	size_t			 i, blen;

	memset(&w, 0, sizeof w);
	buf_init(&meta, 0);
	buf_adds(&meta, "software: mentionwatch/" PACKAGE_VERSION "\r\n"
	    "format: WARC File Format 1.1\r\n"
	    "conformsTo: http://iipc.github.io/warc-specifications/"
	    "specifications/warc-format/warc-1.1/\r\n"
	    "description: captures of one case, from its evidence bundle\r\n");
	w.type = "warcinfo";
	mwtime_format_ms(mwtime_now_ms(), date, sizeof date);
	date[19] = 'Z';
	date[20] = '\0';
	w.date = date;
	w.content_type = "application/warc-fields";
	warc_record_id(b->caps != NULL ? b->caps[0].hash : "empty",
	    "warcinfo", w.id);
	w.payload = meta.data;
	w.payload_len = meta.len;
	if (warc_write(warc, &w) != 0)
		goto fail;
	buf_free(&meta);

	for (i = 0; i < b->ncaps; i++) {
		c = &b->caps[i];
		buf_init(&body, 0);
		buf_init(&head, 0);
		if (evidence_read_body(ev, c, &body, &cause) != 0 ||
		    evidence_read(ev, c->headers_sha256, &head, &cause) != 0) {
			xasprintf(&b->cause, "capture %lld: %s%s", c->seq,
			    cause, db_evidence_is_pruned(evidence_db(ev),
			    strcmp(c->body_sha256, EVIDENCE_UNHASHED) != 0 ||
			    c->raw_sha256 == NULL ? c->body_sha256 :
			    c->raw_sha256) ? " (pruned by retention)" : "");
			free(cause);
			buf_free(&body);
			buf_free(&head);
			return (-1);
		}
		f = add_file(b, "captures/%lld.body", c->seq);
		buf_add(f, body.data != NULL ? body.data : "", body.len);
		f = add_file(b, "captures/%lld.headers", c->seq);
		buf_add(f, head.data != NULL ? head.data : "", head.len);
		/* The bytes as received, before content decoding. */
		if (c->raw_kept && c->raw_sha256 != NULL &&
		    strcmp(c->raw_sha256, c->body_sha256) != 0 &&
		    evidence_read(ev, c->raw_sha256, add_file(b,
		    "captures/%lld.raw", c->seq), &cause) != 0) {
			xasprintf(&b->cause, "capture %lld: %s", c->seq, cause);
			free(cause);
			buf_free(&body);
			buf_free(&head);
			return (-1);
		}

		mwtime_format_ms(c->at_ms, date, sizeof date);
		snprintf(seed, sizeof seed, "%s", c->hash);
		warc_record_id(seed, "request", reqid);
		warc_record_id(seed, "response", respid);

		/* request: the last request block as sent */
		memset(&w, 0, sizeof w);
		w.type = "request";
		w.target = c->final_url != NULL ? c->final_url : c->url;
		w.date = date;
		w.ip = c->ip;
		w.content_type = "application/http;msgtype=request";
		memcpy(w.id, reqid, sizeof w.id);
		w.concurrent_to = respid;
		blk = warc_last_block(c->request_headers, NULL, &blen);
		w.http_head = blk != NULL ? blk : "GET / HTTP/1.1\r\n\r\n";
		w.http_head_len = blk != NULL ? blen : strlen(w.http_head);
		if (warc_write(warc, &w) != 0)
			goto fail2;

		/* response: the last response block and the body */
		buf_reset(&meta);
		blk = warc_last_block(c->response_headers, "HTTP/", &blen);
		if (blk == NULL) {
			blk = "HTTP/1.1 200 OK\r\n\r\n";
			blen = strlen(blk);
		}
		warc_response_head(blk, blen, body.len, &meta);
		memset(&w, 0, sizeof w);
		w.type = "response";
		w.target = c->final_url != NULL ? c->final_url : c->url;
		w.date = date;
		w.ip = c->ip;
		w.content_type = "application/http;msgtype=response";
		memcpy(w.id, respid, sizeof w.id);
		w.http_head = meta.data;
		w.http_head_len = meta.len;
		w.payload = body.data;
		w.payload_len = body.len;
		if (warc_write(warc, &w) != 0)
			goto fail2;

		/* metadata: how it was taken, and where it is in the chain */
		buf_reset(&meta);
		buf_printf(&meta, "captured-at: %s\r\n", date);
		buf_printf(&meta, "requested-url: %s\r\n", c->url);
		if (c->urls != NULL) {
			const char	*p = c->urls, *nl;

			while (*p != '\0') {
				nl = strchr(p, '\n');
				if (nl == NULL)
					nl = p + strlen(p);
				buf_adds(&meta, "via: ");
				buf_add(&meta, p, (size_t)(nl - p));
				buf_adds(&meta, "\r\n");
				p = *nl != '\0' ? nl + 1 : nl;
			}
		}
		buf_printf(&meta, "http-status: %ld\r\n", c->status);
		if (c->tls_fingerprints != NULL) {
			const char	*p = c->tls_fingerprints, *nl;

			while (*p != '\0') {
				nl = strchr(p, '\n');
				if (nl == NULL)
					nl = p + strlen(p);
				buf_adds(&meta, "tls-certificate-sha256: ");
				buf_add(&meta, p, (size_t)(nl - p));
				buf_adds(&meta, "\r\n");
				p = *nl != '\0' ? nl + 1 : nl;
			}
		}
		buf_printf(&meta, "raw-headers-sha256: %s\r\n"
		    "chain-seq: %lld\r\nchain-entry-sha256: %s\r\n",
		    c->headers_sha256, c->seq, c->hash);
		memset(&w, 0, sizeof w);
		w.type = "metadata";
		w.target = c->final_url != NULL ? c->final_url : c->url;
		w.date = date;
		w.content_type = "application/warc-fields";
		warc_record_id(seed, "metadata", w.id);
		w.refers_to = respid;
		w.payload = meta.data;
		w.payload_len = meta.len;
		if (warc_write(warc, &w) != 0)
			goto fail2;
		buf_free(&body);
		buf_free(&head);
		continue;
fail2:
		buf_free(&body);
		buf_free(&head);
		goto fail;
	}
	buf_free(&meta);
	return (0);
fail:
	buf_free(&meta);
	xasprintf(&b->cause, "cannot write the WARC file");
	return (-1);
}

static const char readme[] =
"Evidence bundle: case %lld of mentionwatch%s\n"
"==========================================\n"
"\n"
"This bundle holds what mentionwatch captured of one published page or\n"
"post, exactly as it was received, with proof of when it was captured and\n"
"that nothing in the bundle has been changed since.\n"
"\n"
"%s\n"
"\n"
"Files\n"
"  report.html          the case for people to read: summary, timeline,\n"
"                       each capture with the flagged passages and the\n"
"                       reasons, and every hash. It opens offline and\n"
"                       runs no scripts.\n"
"  captures/N.body      the body received in capture N, byte for byte\n"
"                       (after HTTP content decoding: gzip, br, ...).\n"
"  captures/N.raw       the body as received, before content decoding\n"
"                       (only where the server compressed it).\n"
"  captures/N.headers   the request headers sent and the response headers\n"
"                       received for capture N (every redirect), as on\n"
"                       the wire.\n"
"  captures.warc.gz     the same captures as WARC/1.1 (ISO 28500) request,\n"
"                       response and metadata records, for web-archive\n"
"                       players (Content-Encoding is kept as\n"
"                       X-Archive-Orig-Content-Encoding: bodies are stored\n"
"                       decoded).\n"
"  chain.tsv            the capture log from the first capture of this case\n"
"                       to the checkpoint: one entry a line (seq, time,\n"
"                       url-sha256, body-sha256, headers-sha256, prev,\n"
"                       hash, raw-sha256 (version 2 entries), URL; the\n"
"                       URL is \"-\" for other documents'\n"
"                       captures). Each entry's hash covers the one before.\n"
"  checkpoint.txt       the chain head (seq %lld, hash %s),\n"
"                       signed at export: checkpoint.sig.\n"
"  signing-key.pub      the install's Ed25519 public key (SHA-256 of the\n"
"                       raw key: %s; the school's daily\n"
"                       digest emails print the same fingerprint).\n"
"  SHA256SUMS           the SHA-256 of every other file; SHA256SUMS.sig is\n"
"                       its Ed25519 signature.\n"
"\n"
"How to verify (sha256sum and openssl 3 only)\n"
"  unzip %s.zip && cd %s\n"
"  sha256sum -c SHA256SUMS\n"
"      every line must say OK\n"
"  openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin \\\n"
"      -in SHA256SUMS -sigfile SHA256SUMS.sig\n"
"      must print \"Signature Verified Successfully\"\n"
"  openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin \\\n"
"      -in checkpoint.txt -sigfile checkpoint.sig\n"
"      must print \"Signature Verified Successfully\"\n"
"  openssl pkey -pubin -in signing-key.pub -outform DER | tail -c 32 |\n"
"      sha256sum\n"
"      must print the key fingerprint above; compare it with the one in\n"
"      the school's digest emails, which were sent when the captures were\n"
"      made\n"
"  sha256sum captures/N.body    equals body-sha256 of entry N in chain.tsv\n"
"  sha256sum captures/N.raw     equals its raw-sha256 (column 8)\n"
"  (a body-sha256 of \"-\" is a body not hashed when it was captured: it\n"
"  came compressed, and the entry commits to the bytes as received, N.raw,\n"
"  and to N.headers, whose Content-Encoding names the compression; N.body\n"
"  is N.raw decompressed: for gzip, gunzip -c < captures/N.raw | cmp -\n"
"  captures/N.body; for br, brotli -dc in place of gunzip -c)\n"
"\n"
"To recompute the hash of one chain entry (the encoding is described in\n"
"docs/evidence-chain.md of mentionwatch), e.g. for the line of entry N\n"
"with 9 columns (version 2):\n"
"  printf 'mentionwatch-chain-v2\\nseq %%s\\ntime %%s\\nurl-sha256 %%s\\n"
"body-sha256 %%s\\nraw-sha256 %%s\\nheaders-sha256 %%s\\nprev %%s\\n' \\\n"
"      $(awk -F'\\t' '$1==N {print $1, $2, $3, $4, $8, $5, $6}' chain.tsv) |\n"
"      sha256sum\n"
"  (a line of 8 columns is version 1: 'mentionwatch-chain-v1', no\n"
"  raw-sha256 line, and print $1, $2, $3, $4, $5, $6)\n"
"  must print the entry's hash (column 7), which is the prev (column 6) of\n"
"  the next entry; the last entry's hash is the one in checkpoint.txt.\n"
"\n"
"`mentionwatch verify %s.zip` does all of this and also checks the WARC\n"
"digests.\n";

/* Write the bundle's files under folder "dir" to ZIP "path", atomically. */
static int
write_zip(struct bundle *b, const char *dir, const char *path, char **cause)
{
	struct archive		*a;
	struct archive_entry	*e;
	char			*tmp, *name;
	time_t			 now = mwtime_now();
	size_t			 i, len;
	int			 fd, r = -1;

	xasprintf(&tmp, "%s.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd == -1) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		free(tmp);
		return (-1);
	}
	fchmod(fd, 0600);
	a = archive_write_new();
	archive_write_set_format_zip(a);
	archive_write_set_format_option(a, "zip", "compression-level", "3");
	if (archive_write_open_fd(a, fd) != ARCHIVE_OK) {
		xasprintf(cause, "%s: %s", path, archive_error_string(a));
		goto out;
	}
	for (i = 0; i < b->nfiles; i++) {
		/* Deflating the gzipped WARC again only costs time. */
		len = strlen(b->files[i].name);
		if (len > 3 && strcmp(b->files[i].name + len - 3, ".gz") == 0)
			archive_write_zip_set_compression_store(a);
		else
			archive_write_zip_set_compression_deflate(a);
		e = archive_entry_new();
		xasprintf(&name, "%s/%s", dir, b->files[i].name);
		archive_entry_set_pathname(e, name);
		free(name);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_entry_set_mtime(e, now, 0);
		archive_entry_set_size(e, (la_int64_t)b->files[i].data.len);
		if (archive_write_header(a, e) != ARCHIVE_OK ||
		    (b->files[i].data.len > 0 && archive_write_data(a,
		    b->files[i].data.data, b->files[i].data.len) !=
		    (la_ssize_t)b->files[i].data.len)) {
			xasprintf(cause, "%s: %s", path,
			    archive_error_string(a));
			archive_entry_free(e);
			goto out;
		}
		archive_entry_free(e);
	}
	if (archive_write_close(a) != ARCHIVE_OK) {
		xasprintf(cause, "%s: %s", path, archive_error_string(a));
		goto out;
	}
	if (fsync(fd) != 0 || rename(tmp, path) != 0) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		goto out;
	}
	r = 0;
out:
	archive_write_free(a);
	close(fd);
	if (r != 0)
		unlink(tmp);
	free(tmp);
	return (r);
}

/* Read file "path" into "out"; return 0 or -1. */
static int
read_small(const char *path, struct buf *out)
{
	FILE	*fp;
	char	 chunk[4096];
	size_t	 n;

	fp = fopen(path, "r");
	if (fp == NULL)
		return (-1);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(out, chunk, n);
	fclose(fp);
	return (0);
}

/*
 * Export case "case_id" as a bundle to "opts->output" (default
 * mentionwatch-case-N.zip); a checkpoint is signed first. Set "*written"
 * to the file's path. Return 0, or -1 with "*cause" set.
 */
int
bundle_export(struct evidence *ev, long long case_id,
    const struct bundle_opts *opts, char **written, char **cause)
{
	struct db		*db = evidence_db(ev);
	struct bundle		 b;
	struct db_evcase	 k;
	struct db_checkpoint	 cp;
	struct buf		 sums, *f, pub, text, warc;
	unsigned char		 sig[64], cpsig[64];
	char			*dir, *path, *html, fp[HASH_HEX_LEN];
	char			 hex[HASH_HEX_LEN];
	size_t			 i;
	int			 r = -1, found;

	*written = NULL;
	memset(&b, 0, sizeof b);
	memset(&cp, 0, sizeof cp);
	b.ev = ev;
	buf_init(&b.chain, 0);
	found = db_evidence_case_get(db, case_id, &k, cause);
	if (found <= 0) {
		if (found == 0)
			xasprintf(cause, "no case %lld in %s", case_id,
			    db_path(db));
		return (-1);
	}
	if (db_evidence_case_captures(db, case_id, collect_capture, &b,
	    cause) != 0)
		goto out;
	if (b.ncaps == 0) {
		xasprintf(cause, "case %lld has no captures: its page was "
		    "stored before evidence capture was on; run "
		    "`mentionwatch recapture` first", case_id);
		goto out;
	}
	if (evidence_checkpoint(ev, 1, &cp, cause) != 0)
		goto out;

	/* The chain from the first capture of the case to the checkpoint. */
	b.first = b.caps[0].seq;
	buf_adds(&b.chain, "# seq\ttime\turl-sha256\tbody-sha256\t"
	    "headers-sha256\tprev\thash\traw-sha256 (version 2)\turl\n");
	if (db_evidence_capture_list(db, b.first, cp.seq, chain_line, &b,
	    cause) != 0)
		goto out;

	xasprintf(&dir, "mentionwatch-case-%lld", case_id);
	path = opts->output != NULL ? xstrdup(opts->output) :
	    xstrdup(dir);
	if (opts->output == NULL) {
		free(path);
		xasprintf(&path, "%s.zip", dir);
	}

	html = bundle_report_html(ev, case_id, opts->unredacted, cause);
	if (html == NULL)
		goto out2;
	f = add_file(&b, "report.html");
	buf_adds(f, html);
	free(html);
	buf_init(&warc, 0);
	if (add_captures(&b, &warc) != 0) {
		buf_free(&warc);
		*cause = b.cause;
		b.cause = NULL;
		goto out2;
	}
	f = add_file(&b, "captures.warc.gz");
	*f = warc;	/* the files array moves as it grows: fill it last */
	f = add_file(&b, "chain.tsv");
	buf_add(f, b.chain.data, b.chain.len);

	buf_init(&text, 0);
	checkpoint_text(cp.seq, cp.hash, cp.at, &text);
	if (checkpoint_sig_decode(cp.signature, cpsig) != 0) {
		xasprintf(cause, "the checkpoint's signature is unreadable");
		buf_free(&text);
		goto out2;
	}
	f = add_file(&b, "checkpoint.txt");
	buf_add(f, text.data, text.len);
	buf_free(&text);
	f = add_file(&b, "checkpoint.sig");
	buf_add(f, cpsig, sizeof cpsig);
	if (cp.tsa_token != NULL) {
		f = add_file(&b, "checkpoint.tsr");
		buf_add(f, cp.tsa_token, cp.tsa_len);
	}

	buf_init(&pub, 16384);
	{
		char	*pp;

		xasprintf(&pp, "%s/signing.pub", evidence_keydir(ev));
		if (read_small(pp, &pub) != 0 || checkpoint_key_fingerprint(
		    pub.data, pub.len, fp) != 0) {
			xasprintf(cause, "%s: cannot read the public key (run "
			    "`mentionwatch init`)", pp);
			free(pp);
			buf_free(&pub);
			goto out2;
		}
		free(pp);
	}
	f = add_file(&b, "signing-key.pub");
	buf_add(f, pub.data, pub.len);
	buf_free(&pub);

	f = add_file(&b, "README.txt");
	buf_printf(f, readme, case_id, opts->unredacted ? " (UNREDACTED)" :
	    "", opts->unredacted ?
	    "This copy is UNREDACTED: report.html names pupils where the page\n"
	    "did. It is for the designated safeguarding lead and the police\n"
	    "only; do not pass it on." :
	    "This copy is REDACTED: report.html replaces the names of pupils\n"
	    "with [pupil name redacted]. The captured files (captures/ and\n"
	    "captures.warc.gz) are exact copies of what was published, so they\n"
	    "contain whatever the page contained.",
	    cp.seq, cp.hash, fp, dir, dir, dir);
	if (cp.tsa_token != NULL)
		buf_printf(f, "\n"
		    "Time-stamp\n"
		    "  checkpoint.tsr is an RFC 3161 time-stamp of checkpoint.txt by\n"
		    "  %s, a third party. With that authority's CA\n"
		    "  certificate (TSA-CA.pem; ask the authority) and its signing\n"
		    "  certificate if the token does not carry it:\n"
		    "  openssl ts -verify -in checkpoint.tsr -data checkpoint.txt \\\n"
		    "      -CAfile TSA-CA.pem\n"
		    "      must print \"Verification: OK\"\n",
		    evidence_config(ev)->tsa_url != NULL ?
		    evidence_config(ev)->tsa_url : "the configured authority");

	/* SHA256SUMS over every file so far, then its signature. */
	buf_init(&sums, 0);
	for (i = 0; i < b.nfiles; i++) {
		hash_sha256_hex(b.files[i].data.data != NULL ?
		    b.files[i].data.data : "", b.files[i].data.len, hex);
		buf_printf(&sums, "%s  %s\n", hex, b.files[i].name);
	}
	if (checkpoint_sign(evidence_keydir(ev), sums.data, sums.len, sig,
	    cause) != 0) {
		buf_free(&sums);
		goto out2;
	}
	f = add_file(&b, "SHA256SUMS");
	buf_add(f, sums.data, sums.len);
	buf_free(&sums);
	f = add_file(&b, "SHA256SUMS.sig");
	buf_add(f, sig, sizeof sig);

	if (write_zip(&b, dir, path, cause) != 0)
		goto out2;
	*written = path;
	path = NULL;
	r = 0;
out2:
	free(dir);
	free(path);
out:
	for (i = 0; i < b.ncaps; i++)
		db_capture_clear(&b.caps[i]);
	free(b.caps);
	for (i = 0; i < b.nfiles; i++) {
		free(b.files[i].name);
		buf_free(&b.files[i].data);
	}
	free(b.files);
	buf_free(&b.chain);
	free(b.cause);
	db_checkpoint_clear(&cp);
	db_evcase_clear(&k);
	return (r);
}
