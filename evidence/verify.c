/*
 * verify.c: checking evidence without trusting it. A bundle is read from
 * memory (so a fuzzer can drive the same code) and every claim it makes is
 * checked: each file against SHA256SUMS, SHA256SUMS against its signature,
 * each chain entry against its own hash and the one before, the last
 * entry against the signed checkpoint, each captured file against its
 * entry, and every WARC record against its digests. The store is checked
 * the same way: every entry, link, stored file and checkpoint. Each
 * failure names the file, entry or byte range at fault.
 */
#include "autoconfig.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "common/hash.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "crawler/decode.h"
#include "db/db.h"
#include "evidence/evidence.h"

#define BUNDLE_MAX_FILES	100000
#define BUNDLE_MAX_FILE		(512LL * 1024 * 1024)

struct vfile {
	char		*name;
	struct buf	 data;
	int		 listed;
};

struct vbundle {
	struct vfile		*files;
	size_t			 nfiles;
	struct verify_result	*res;
};

/* Append the formatted message to "list". */
static void
vaddf(struct strlist *list, const char *fmt, va_list ap)
{
	char	*s;

	if (vasprintf(&s, fmt, ap) == -1)
		fatal("vasprintf");
	strlist_add(list, s);
	free(s);
}

static void
failf(struct verify_result *res, const char *fmt, ...) MW_PRINTF(2, 3);

/* Record a failure. */
static void
failf(struct verify_result *res, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vaddf(&res->failures, fmt, ap);
	va_end(ap);
}

static void
notef(struct verify_result *res, const char *fmt, ...) MW_PRINTF(2, 3);

/* Record something checked and found good. */
static void
notef(struct verify_result *res, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vaddf(&res->notes, fmt, ap);
	va_end(ap);
}

/* Free what "res" holds. */
void
verify_result_clear(struct verify_result *res)
{
	strlist_free(&res->failures);
	strlist_free(&res->notes);
	memset(res, 0, sizeof *res);
}

/* Return the bundle's file "name", or NULL. */
static struct vfile *
find(struct vbundle *vb, const char *name)
{
	size_t	i;

	for (i = 0; i < vb->nfiles; i++) {
		if (strcmp(vb->files[i].name, name) == 0)
			return (&vb->files[i]);
	}
	return (NULL);
}

/* Read every file of the ZIP, dropping the one top folder. */
static int
read_zip(struct vbundle *vb, const void *p, size_t len)
{
	struct archive		*a;
	struct archive_entry	*e;
	struct vfile		*f;
	const char		*path, *slash;
	char			 chunk[65536];
	la_ssize_t		 n;
	int			 rc, r = -1;

	a = archive_read_new();
	archive_read_support_format_zip(a);
	if (archive_read_open_memory(a, p, len) != ARCHIVE_OK) {
		failf(vb->res, "the bundle is not a ZIP file: %s",
		    archive_error_string(a));
		goto out;
	}
	while ((rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		path = archive_entry_pathname(e);
		if (path == NULL) {
			failf(vb->res, "ZIP entry %zu has no name",
			    vb->nfiles + 1);
			goto out;
		}
		if (archive_entry_filetype(e) == AE_IFDIR)
			continue;
		slash = strchr(path, '/');
		path = slash != NULL ? slash + 1 : path;
		if (find(vb, path) != NULL) {
			failf(vb->res, "%s: appears twice in the ZIP", path);
			continue;
		}
		if (vb->nfiles >= BUNDLE_MAX_FILES) {
			failf(vb->res, "more than %d files in the ZIP",
			    BUNDLE_MAX_FILES);
			goto out;
		}
		vb->files = xreallocarray(vb->files, vb->nfiles + 1,
		    sizeof *vb->files);
		f = &vb->files[vb->nfiles++];
		f->name = xstrdup(path);
		f->listed = 0;
		buf_init(&f->data, (size_t)BUNDLE_MAX_FILE);
		while ((n = archive_read_data(a, chunk, sizeof chunk)) > 0) {
			if (buf_add(&f->data, chunk, (size_t)n) != 0) {
				failf(vb->res, "%s: larger than 512 MiB",
				    f->name);
				goto out;
			}
		}
		if (n < 0) {
			failf(vb->res, "%s: cannot be read from the ZIP: %s",
			    f->name, archive_error_string(a));
			goto out;
		}
	}
	if (rc != ARCHIVE_EOF) {
		failf(vb->res, "the ZIP is damaged after file %zu: %s",
		    vb->nfiles, archive_error_string(a));
		goto out;
	}
	r = 0;
out:
	archive_read_free(a);
	return (r);
}

/* Return the contents of "f", never NULL. */
static const char *
data(const struct vfile *f)
{
	return (f->data.data != NULL ? f->data.data : "");
}

/* Check every file against SHA256SUMS, and that each is listed. */
static void
check_sums(struct vbundle *vb)
{
	struct vfile	*sums, *f;
	const char	*p, *end, *nl, *name;
	char		 hex[HASH_HEX_LEN], *fname;
	size_t		 line = 0, i;

	sums = find(vb, "SHA256SUMS");
	if (sums == NULL) {
		failf(vb->res, "SHA256SUMS: missing from the bundle");
		return;
	}
	sums->listed = 1;
	p = data(sums);
	end = p + sums->data.len;
	for (; p < end; p = nl + 1) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL) {
			failf(vb->res, "SHA256SUMS line %zu: no newline at "
			    "the end", line);
			break;
		}
		if (nl - p < 67 || p[64] != ' ' ||
		    (p[65] != ' ' && p[65] != '*')) {
			failf(vb->res, "SHA256SUMS line %zu: not \"HASH  "
			    "FILE\"", line);
			continue;
		}
		name = p + 66;
		fname = xstrndup(name, (size_t)(nl - name));
		f = find(vb, fname);
		if (f == NULL)
			failf(vb->res, "%s: listed in SHA256SUMS (line %zu) "
			    "but missing from the bundle", fname, line);
		else {
			f->listed = 1;
			hash_sha256_hex(data(f), f->data.len, hex);
			if (memcmp(hex, p, 64) != 0)
				failf(vb->res, "%s: SHA-256 %s does not match "
				    "SHA256SUMS line %zu (the file was "
				    "changed)", fname, hex, line);
			vb->res->files++;
		}
		free(fname);
	}
	for (i = 0; i < vb->nfiles; i++) {
		if (!vb->files[i].listed &&
		    strcmp(vb->files[i].name, "SHA256SUMS.sig") != 0)
			failf(vb->res, "%s: not listed in SHA256SUMS",
			    vb->files[i].name);
	}
}

/* An RFC 3161 time-stamp, if the bundle has one, must be of the checkpoint. */
static void
check_tsr(struct vbundle *vb)
{
	struct vfile	*tsr, *cp;
	char		 when[64];

	tsr = find(vb, "checkpoint.tsr");
	cp = find(vb, "checkpoint.txt");
	if (tsr == NULL || cp == NULL)
		return;
	if (!tsa_check((const unsigned char *)data(tsr), tsr->data.len,
	    data(cp), cp->data.len, when))
		failf(vb->res, "checkpoint.tsr: not an RFC 3161 time-stamp of "
		    "checkpoint.txt");
	else
		notef(vb->res, "checkpoint.tsr: time-stamps checkpoint.txt at "
		    "%s (check its signature with the authority's CA: "
		    "README.txt)", when);
}

/* Check SHA256SUMS.sig and checkpoint.sig with signing-key.pub. */
static void
check_signatures(struct vbundle *vb)
{
	struct vfile	*pub, *sums, *sig, *cp, *cpsig;

	pub = find(vb, "signing-key.pub");
	sums = find(vb, "SHA256SUMS");
	sig = find(vb, "SHA256SUMS.sig");
	cp = find(vb, "checkpoint.txt");
	cpsig = find(vb, "checkpoint.sig");
	if (pub == NULL) {
		failf(vb->res, "signing-key.pub: missing from the bundle");
		return;
	}
	if (checkpoint_key_fingerprint(data(pub), pub->data.len,
	    vb->res->key_fingerprint) != 0) {
		failf(vb->res, "signing-key.pub: not an Ed25519 public key "
		    "in PEM");
		return;
	}
	if (sig == NULL)
		failf(vb->res, "SHA256SUMS.sig: missing from the bundle");
	else if (sums != NULL && !checkpoint_verify(data(pub), pub->data.len,
	    data(sums), sums->data.len, (const unsigned char *)data(sig),
	    sig->data.len))
		failf(vb->res, "SHA256SUMS.sig: the signature of SHA256SUMS "
		    "does not verify with signing-key.pub");
	else if (sums != NULL)
		notef(vb->res, "SHA256SUMS is signed by key %s",
		    vb->res->key_fingerprint);
	if (cp == NULL)
		failf(vb->res, "checkpoint.txt: missing from the bundle");
	else if (cpsig == NULL)
		failf(vb->res, "checkpoint.sig: missing from the bundle");
	else if (!checkpoint_verify(data(pub), pub->data.len, data(cp),
	    cp->data.len, (const unsigned char *)data(cpsig),
	    cpsig->data.len))
		failf(vb->res, "checkpoint.sig: the signature of "
		    "checkpoint.txt does not verify with signing-key.pub");
	check_tsr(vb);
}

/* Read "seq" and "hash" from checkpoint text "s"; return 0 or -1. */
static int
checkpoint_parse(const char *s, size_t len, long long *seq, char *hash)
{
	char		*copy, *p, *end;
	int		 r = -1;

	copy = xstrndup(s, len);
	if (strncmp(copy, "mentionwatch-checkpoint-v1\nseq ", 31) != 0)
		goto out;
	*seq = strtoll(copy + 31, &end, 10);
	if (strncmp(end, "\nhash ", 6) != 0)
		goto out;
	p = end + 6;
	if (strlen(p) < 65 || p[64] != '\n')
		goto out;
	memcpy(hash, p, 64);
	hash[64] = '\0';
	if (strncmp(p + 64, "\ntime ", 6) != 0)
		goto out;
	r = 0;
out:
	free(copy);
	return (r);
}


/* Check that captures/SEQ.WHAT is in the bundle with SHA-256 "want", as
 * chain entry "seq" says. */
static void
check_capture_file(struct vbundle *vb, long long seq, const char *what,
    const char *want, int optional)
{
	const struct vfile	*f;
	char			 name[64], hex[HASH_HEX_LEN];

	snprintf(name, sizeof name, "captures/%lld.%s", seq, what);
	f = find(vb, name);
	if (f == NULL && optional)
		return;
	if (f == NULL) {
		failf(vb->res, "%s: missing (entry %lld of chain.tsv names it)",
		    name, seq);
		return;
	}
	hash_sha256_hex(data(f), f->data.len, hex);
	if (strcmp(hex, want) != 0)
		failf(vb->res, "%s: SHA-256 differs from %s-sha256 of chain "
		    "entry %lld", name, what, seq);
}

/*
 * Return the Content-Encoding of the last response in header file "f" (a
 * copy, freed by the caller), or NULL if it names none.
 */
static char *
last_encoding(const struct vfile *f)
{
	const char	*blk;
	size_t		 len;

	blk = warc_last_block(data(f), "HTTP/", &len);
	return (blk != NULL ? warc_field(blk, len, "Content-Encoding") : NULL);
}

/*
 * For chain entry "seq", whose body was not hashed, check that
 * captures/SEQ.body is captures/SEQ.raw decoded as captures/SEQ.headers
 * says: the chain binds only those two.
 */
static void
check_decoded_body(struct vbundle *vb, long long seq)
{
	const struct vfile	*body, *raw, *head;
	struct buf		 out;
	char			 name[64], *enc;

	snprintf(name, sizeof name, "captures/%lld.body", seq);
	body = find(vb, name);
	snprintf(name, sizeof name, "captures/%lld.raw", seq);
	raw = find(vb, name);
	snprintf(name, sizeof name, "captures/%lld.headers", seq);
	head = find(vb, name);
	if (body == NULL) {
		failf(vb->res, "captures/%lld.body: missing (entry %lld of "
		    "chain.tsv names it)", seq, seq);
		return;
	}
	if (raw == NULL || head == NULL)
		return;		/* reported missing already */
	enc = last_encoding(head);
	if (enc == NULL || !decode_known(enc)) {
		failf(vb->res, "captures/%lld.body: entry %lld's body was not "
		    "hashed, and captures/%lld.headers names no encoding it "
		    "can be decoded with", seq, seq, seq);
		free(enc);
		return;
	}
	/* Never decode more than the body it must equal, and one byte. */
	buf_init(&out, body->data.len + 1);
	if (decode_buffer(enc, data(raw), raw->data.len, &out) != DECODE_OK ||
	    out.len != body->data.len ||
	    memcmp(out.data != NULL ? out.data : "", data(body), out.len) != 0)
		failf(vb->res, "captures/%lld.body: is not captures/%lld.raw "
		    "decoded (Content-Encoding %s), which entry %lld binds",
		    seq, seq, enc, seq);
	buf_free(&out);
	free(enc);
}

/* Check each chain.tsv entry, its link, its files and the checkpoint. */
static void
check_chain(struct vbundle *vb)
{
	struct vfile		*chain, *cp;
	struct chain_entry	 e, prev;
	const char		*p, *end, *nl;
	char			*line, *url, *cause = NULL, hex[HASH_HEX_LEN];
	char			 cphash[HASH_HEX_LEN];
	long long		 cpseq;
	size_t			 lineno = 0, prevline = 0;
	int			 have_prev = 0, unhashed;

	chain = find(vb, "chain.tsv");
	if (chain == NULL) {
		failf(vb->res, "chain.tsv: missing from the bundle");
		return;
	}
	p = data(chain);
	end = p + chain->data.len;
	memset(&prev, 0, sizeof prev);
	for (; p < end; p = nl + 1) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		if (*p == '#' || nl == p)
			continue;
		line = xstrndup(p, (size_t)(nl - p));
		if (chain_parse_line(line, &e, &url, &cause) != 0) {
			failf(vb->res, "chain.tsv line %zu: %s", lineno,
			    cause);
			free(cause);
			cause = NULL;
			free(line);
			continue;
		}
		free(line);
		vb->res->entries++;
		chain_hash(&e, hex);
		if (strcmp(hex, e.hash) != 0)
			failf(vb->res, "chain.tsv line %zu (entry %lld): the "
			    "entry's hash does not match its contents",
			    lineno, e.seq);
		if (have_prev && e.seq != prev.seq + 1)
			failf(vb->res, "chain.tsv line %zu (entry %lld): "
			    "follows entry %lld on line %zu (entries missing "
			    "or out of order)", lineno, e.seq, prev.seq,
			    prevline);
		if (have_prev && strcmp(e.prev, prev.hash) != 0)
			failf(vb->res, "chain.tsv line %zu (entry %lld): prev "
			    "is not the hash of entry %lld on line %zu (the "
			    "chain is broken)", lineno, e.seq, prev.seq,
			    prevline);
		if (url != NULL) {
			hash_sha256_hex(url, strlen(url), hex);
			if (strcmp(hex, e.url_sha256) != 0)
				failf(vb->res, "chain.tsv line %zu (entry "
				    "%lld): the URL does not match "
				    "url-sha256", lineno, e.seq);
			unhashed = strcmp(e.body_sha256,
			    EVIDENCE_UNHASHED) == 0;
			if (!unhashed)
				check_capture_file(vb, e.seq, "body",
				    e.body_sha256, 0);
			check_capture_file(vb, e.seq, "headers",
			    e.headers_sha256, 0);
			/* The bytes as received, when they were kept: all
			 * there is of a body not hashed. */
			if (e.version == 2)
				check_capture_file(vb, e.seq, "raw",
				    e.raw_sha256, !unhashed);
			if (unhashed)
				check_decoded_body(vb, e.seq);
		}
		free(url);
		prev = e;
		prevline = lineno;
		have_prev = 1;
	}
	if (!have_prev) {
		failf(vb->res, "chain.tsv: holds no entries");
		return;
	}
	cp = find(vb, "checkpoint.txt");
	if (cp == NULL)
		return;
	if (checkpoint_parse(data(cp), cp->data.len, &cpseq, cphash) != 0)
		failf(vb->res, "checkpoint.txt: not a mentionwatch checkpoint");
	else if (cpseq != prev.seq || strcmp(cphash, prev.hash) != 0)
		failf(vb->res, "checkpoint.txt: signs entry %lld with hash "
		    "%.16s..., but chain.tsv ends with entry %lld, hash "
		    "%.16s...", cpseq, cphash, prev.seq, prev.hash);
	else
		notef(vb->res, "chain.tsv: %zu entries link up to the signed "
		    "checkpoint (entry %lld)", vb->res->entries, cpseq);
}

/* Check that every file under captures/ belongs to a chain entry. */
static void
check_captures_listed(struct vbundle *vb)
{
	struct vfile		*chain;
	size_t			 i;
	long long		 seq;
	char			*end, needle[48];

	chain = find(vb, "chain.tsv");
	for (i = 0; i < vb->nfiles; i++) {
		if (strncmp(vb->files[i].name, "captures/", 9) != 0)
			continue;
		seq = strtoll(vb->files[i].name + 9, &end, 10);
		if (seq <= 0 || (strcmp(end, ".body") != 0 &&
		    strcmp(end, ".headers") != 0 &&
		    strcmp(end, ".raw") != 0)) {
			failf(vb->res, "%s: not a file a bundle holds",
			    vb->files[i].name);
			continue;
		}
		snprintf(needle, sizeof needle, "%lld\t", seq);
		if (chain == NULL || chain->data.len == 0 ||
		    (strncmp(data(chain), needle, strlen(needle)) != 0 &&
		    (snprintf(needle, sizeof needle, "\n%lld\t", seq),
		    strstr(data(chain), needle) == NULL)))
			failf(vb->res, "%s: no entry of chain.tsv covers it",
			    vb->files[i].name);
	}
}

/*
 * Verify the bundle of "len" bytes at "p" into "res" (zeroed by the
 * caller). Return 0 if every check passes, else -1; "res->failures" says
 * what failed.
 */
int
bundle_verify_buffer(const void *p, size_t len, struct verify_result *res)
{
	struct vbundle	 vb;
	struct vfile	*warc;
	size_t		 i;

	memset(&vb, 0, sizeof vb);
	vb.res = res;
	if (read_zip(&vb, p, len) == 0) {
		check_sums(&vb);
		check_signatures(&vb);
		check_chain(&vb);
		check_captures_listed(&vb);
		warc = find(&vb, "captures.warc.gz");
		if (warc == NULL)
			failf(res, "captures.warc.gz: missing from the bundle");
		else if (warc_check(data(warc), warc->data.len, &res->failures,
		    &res->records) == 0)
			notef(res, "captures.warc.gz: %zu records, every "
			    "digest matches", res->records);
		if (find(&vb, "report.html") == NULL)
			failf(res, "report.html: missing from the bundle");
		if (find(&vb, "README.txt") == NULL)
			failf(res, "README.txt: missing from the bundle");
	}
	for (i = 0; i < vb.nfiles; i++) {
		free(vb.files[i].name);
		buf_free(&vb.files[i].data);
	}
	free(vb.files);
	return (res->failures.n == 0 ? 0 : -1);
}

/* Verify the bundle in file "path" into "res"; see bundle_verify_buffer. */
int
bundle_verify_file(const char *path, struct verify_result *res)
{
	struct buf	 b;
	FILE		*fp;
	char		 chunk[65536];
	size_t		 n;
	int		 r;

	fp = fopen(path, "rb");
	if (fp == NULL) {
		failf(res, "%s: %s", path, strerror(errno));
		return (-1);
	}
	buf_init(&b, 0);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	r = bundle_verify_buffer(b.data != NULL ? b.data : "", b.len, res);
	buf_free(&b);
	return (r);
}

/* ------------------------------------------------------------------ */
/* The store */

struct vstore {
	struct evidence		*ev;
	struct verify_result	*res;
	struct chain_entry	 prev;
	long long		 n;
	struct strlist		 hashes;	/* "seq hash" for checkpoints */
	struct buf		 pub;
};

/* Check the stored file "sha" of entry "seq" (pruned ones are noted). */
static void
check_object(struct vstore *vs, long long seq, const char *what,
    const char *sha, long long len)
{
	struct buf	 b;
	char		*path, *cause = NULL, hex[HASH_HEX_LEN];

	path = evidence_locate(vs->ev, sha);
	buf_init(&b, 0);
	if (evidence_read(vs->ev, sha, &b, &cause) != 0) {
		if (db_evidence_is_pruned(evidence_db(vs->ev), sha))
			notef(vs->res, "entry %lld: %s pruned by retention",
			    seq, what);
		else
			failf(vs->res, "entry %lld: %s file %s is missing or "
			    "unreadable", seq, what, path);
		free(cause);
	} else {
		hash_sha256_hex(b.data != NULL ? b.data : "", b.len, hex);
		if (strcmp(hex, sha) != 0)
			failf(vs->res, "entry %lld: %s file %s has SHA-256 %s "
			    "(the file was changed)", seq, what, path, hex);
		else if (len >= 0 && (long long)b.len != len)
			failf(vs->res, "entry %lld: %s file %s is %zu bytes, "
			    "the log says %lld", seq, what, path, b.len, len);
	}
	buf_free(&b);
	free(path);
}

/* Check one entry of the store's log, its link and its files. */
static int
store_entry(void *arg, const struct db_capture *c)
{
	struct vstore		*vs = arg;
	struct chain_entry	 e;
	char			 hex[HASH_HEX_LEN], *line;

	chain_from_capture(c, &e);
	hash_sha256_hex(c->url, strlen(c->url), hex);
	if (c->url_sha256 == NULL || strcmp(hex, c->url_sha256) != 0)
		failf(vs->res, "entry %lld: url-sha256 does not match its URL",
		    c->seq);
	chain_hash(&e, hex);
	if (strcmp(hex, e.hash) != 0)
		failf(vs->res, "entry %lld (row %lld): the entry's hash does "
		    "not match its contents", c->seq, c->id);
	if (c->seq != vs->prev.seq + 1)
		failf(vs->res, "entry %lld (row %lld): follows entry %lld "
		    "(entries missing or out of order)", c->seq, c->id,
		    vs->prev.seq);
	if (strcmp(e.prev, vs->prev.hash) != 0)
		failf(vs->res, "entry %lld (row %lld): prev is not the hash "
		    "of entry %lld (the chain is broken)", c->seq, c->id,
		    vs->prev.seq);
	/* A body not hashed is checked as the bytes it was decoded from. */
	if (strcmp(c->body_sha256, EVIDENCE_UNHASHED) != 0)
		check_object(vs, c->seq, "body", c->body_sha256, c->body_len);
	check_object(vs, c->seq, "headers", c->headers_sha256, -1);
	if (c->raw_kept && c->raw_sha256 != NULL &&
	    strcmp(c->raw_sha256, c->body_sha256) != 0)
		check_object(vs, c->seq, "body as received", c->raw_sha256,
		    c->raw_len);
	xasprintf(&line, "%lld %s", c->seq, c->hash);
	strlist_add(&vs->hashes, line);
	free(line);
	vs->prev = e;
	vs->n++;
	vs->res->entries++;
	return (0);
}

/* Check one checkpoint's signature, time-stamp and entry. */
static int
store_checkpoint(void *arg, const struct db_checkpoint *k)
{
	struct vstore	*vs = arg;
	struct buf	 text;
	unsigned char	 sig[64];
	char		*want, when[64];

	buf_init(&text, 0);
	checkpoint_text(k->seq, k->hash, k->at, &text);
	if (k->signature == NULL ||
	    checkpoint_sig_decode(k->signature, sig) != 0 ||
	    !checkpoint_verify(vs->pub.data != NULL ? vs->pub.data : "",
	    vs->pub.len, text.data, text.len, sig, sizeof sig))
		failf(vs->res, "checkpoint %lld (entry %lld): the signature "
		    "does not verify with %s/signing.pub", k->id, k->seq,
		    evidence_keydir(vs->ev));
	if (k->tsa_token != NULL && !tsa_check(k->tsa_token, k->tsa_len,
	    text.data, text.len, when))
		failf(vs->res, "checkpoint %lld (entry %lld): its RFC 3161 "
		    "time-stamp is not of this checkpoint", k->id, k->seq);
	buf_free(&text);
	if (k->seq == 0)
		return (0);
	xasprintf(&want, "%lld %s", k->seq, k->hash);
	if (!strlist_has(&vs->hashes, want))
		failf(vs->res, "checkpoint %lld: signs entry %lld with hash "
		    "%.16s..., which the log does not hold (the log was "
		    "rewritten after it was signed)", k->id, k->seq, k->hash);
	free(want);
	return (0);
}

/*
 * Verify the whole store of "ev" into "res": every chain entry and link,
 * every stored file (pruned ones are noted), every checkpoint's signature
 * and hash. Return 0 if all is well, else -1.
 */
int
evidence_verify_store(struct evidence *ev, struct verify_result *res)
{
	struct vstore	 vs;
	char		*cause = NULL, *path;
	FILE		*fp;
	char		 chunk[4096];
	size_t		 n;

	memset(&vs, 0, sizeof vs);
	vs.ev = ev;
	vs.res = res;
	memcpy(vs.prev.hash, EVIDENCE_GENESIS, 65);
	buf_init(&vs.pub, 16384);
	xasprintf(&path, "%s/signing.pub", evidence_keydir(ev));
	fp = fopen(path, "r");
	if (fp == NULL)
		failf(res, "%s: %s", path, strerror(errno));
	else {
		while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
			buf_add(&vs.pub, chunk, n);
		fclose(fp);
		if (checkpoint_key_fingerprint(vs.pub.data, vs.pub.len,
		    res->key_fingerprint) != 0)
			failf(res, "%s: not an Ed25519 public key", path);
	}
	free(path);
	if (db_integrity_check(evidence_db(ev), &cause) != 0) {
		failf(res, "%s", cause);
		free(cause);
		cause = NULL;
	}
	if (db_evidence_capture_list(evidence_db(ev), 0, 0, store_entry, &vs,
	    &cause) != 0 ||
	    db_evidence_checkpoint_list(evidence_db(ev), 0, store_checkpoint,
	    &vs, &cause) != 0) {
		failf(res, "%s", cause != NULL ? cause : "cannot read the log");
		free(cause);
	}
	if (res->failures.n == 0)
		notef(res, "%lld entries link from the first to the head; every "
		    "stored file and checkpoint checks", vs.n);
	strlist_free(&vs.hashes);
	buf_free(&vs.pub);
	return (res->failures.n == 0 ? 0 : -1);
}
