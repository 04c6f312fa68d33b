/*
 * capture.c: the evidence store and the capture of one response. Bodies
 * and header blocks are kept once each, named by their SHA-256, in the
 * evidence folder beside the database (sha256/ab/abcdef...), written to a
 * temporary file, flushed to disk and renamed, so that a crash never
 * leaves half a file under a hash's name. The flush and rename are done
 * for a batch of files at a time (up to 1024 files or 64 MiB), on a
 * thread of its own while the crawl goes on, and before every checkpoint,
 * because one fsync a file made a crawl three times slower on a virtual
 * disk, and a flush every 128 files in the crawl's thread a fifth; a
 * batch cut short by a crash is finished when the store is next opened,
 * from the temporary files whose contents match their names. Each
 * capture appends one entry to the hash-chained log (see chain.c and
 * docs/evidence-chain.md) in the caller's transaction. Captures of
 * documents that mention no school are pruned after the configured
 * retention: their files go, their chain entries stay.
 */
#include "autoconfig.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "common/config.h"
#include "common/hash.h"
#include "common/log.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "crawler/decode.h"
#include "crawler/fetch.h"
#include "db/db.h"
#include "evidence/evidence.h"
#include "evidence/keys.h"

#define BATCH_FILES	1024		/* files written before one flush */
#define BATCH_BYTES	(64 << 20)	/* or bytes */

/* A file to name: written to "tmp", or to be copied out of spool "pack"
 * by the flusher (then "tmp" is NULL until it is). */
struct pending {
	char		*tmp;
	char		*path;
	char		 sha[HASH_HEX_LEN];
	const char	*pack;
	long long	 off;
	size_t		 len;
	int		 named;		/* renamed into place */
};

/* A batch being flushed by a thread of its own. */
struct batch {
	struct evidence	*ev;
	char		*dir;
	struct pending	*p;
	size_t		 n;
	int		 spool_fd;	/* the pack written, or -1 */
	char		*error;
	int		 done;		/* flush_batch returned */
};

struct evidence {
	const struct config	*cf;
	struct db		*db;
	char			*dir;
	char			*keydir;
	struct pending		 pending[BATCH_FILES];
	size_t			 npending;
	size_t			 pending_bytes;
	struct batch		*inflight;	/* NULL, or being flushed */
	pthread_t		 flusher;
	pthread_mutex_t		 lk;		/* the three below */
	size_t			 outstanding;	/* temporary files */
	int			 locked;	/* tmp/.lock held shared */
	int			 lockfd;	/* tmp/.lock: shared while
						   files are outstanding */
	unsigned char		 made[256];	/* sha256/xx made */
	pthread_mutex_t		 spool_lk;	/* the four below */
	int			 spool_fd;	/* the open pack, or -1 */
	char			*spool;		/* its name, "spool/..." */
	long long		 spool_off;	/* its end */
	struct strlist		 packs;		/* every pack this open */
	char			*failed;	/* a batch's error, or NULL */
};

static void	recover(struct evidence *);
static int	flush_full(struct evidence *);
static void	release_lock(struct evidence *, size_t);
static int	read_pack(const struct evidence *, const char *, long long,
		    long long, struct buf *, char **);

/*
 * Open the evidence store of "db" under "cf" (the folder is made mode 0700
 * if missing). Return NULL with "*cause" set on failure.
 */
struct evidence *
evidence_open(const struct config *cf, struct db *db, char **cause)
{
	struct evidence	*ev;
	char		*copy, *sub;

	ev = xcalloc(1, sizeof *ev);
	pthread_mutex_init(&ev->lk, NULL);
	pthread_mutex_init(&ev->spool_lk, NULL);
	ev->spool_fd = -1;
	ev->cf = cf;
	ev->db = db;
	if (cf->evidence_dir != NULL)
		ev->dir = config_resolve_path(cf, cf->evidence_dir);
	else {
		copy = xstrdup(db_path(db));
		xasprintf(&ev->dir, "%s/evidence", dirname(copy));
		free(copy);
	}
	ev->keydir = keys_dir(cf, db_path(db));
	xasprintf(&sub, "%s/tmp", ev->dir);
	if ((mkdir(ev->dir, 0700) != 0 && errno != EEXIST) ||
	    (mkdir(sub, 0700) != 0 && errno != EEXIST)) {
		xasprintf(cause, "%s: %s (set evidence_dir to a folder "
		    "mentionwatch may write)", ev->dir, strerror(errno));
		free(sub);
		free(ev->dir);
		free(ev->keydir);
		pthread_mutex_destroy(&ev->lk);
		pthread_mutex_destroy(&ev->spool_lk);
		free(ev);
		return (NULL);
	}
	free(sub);
	xasprintf(&sub, "%s/sha256", ev->dir);
	mkdir(sub, 0700);
	free(sub);
	xasprintf(&sub, "%s/tmp/.lock", ev->dir);
	ev->lockfd = open(sub, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	free(sub);
	recover(ev);
	return (ev);
}

/* Close "ev", flushing what is written; NULL does nothing. */
void
evidence_close(struct evidence *ev)
{
	char	*cause = NULL;

	if (ev == NULL)
		return;
	if (evidence_flush(ev, &cause) != 0) {
		log_warnx("evidence: %s", cause);
		free(cause);
	}
	if (ev->lockfd != -1)
		close(ev->lockfd);
	if (ev->spool_fd != -1)
		close(ev->spool_fd);
	strlist_free(&ev->packs);
	free(ev->failed);
	free(ev->spool);
	pthread_mutex_destroy(&ev->lk);
	pthread_mutex_destroy(&ev->spool_lk);
	free(ev->dir);
	free(ev->keydir);
	free(ev);
}

/* Return the evidence folder. */
const char *
evidence_dir(const struct evidence *ev)
{
	return (ev->dir);
}

/* Return the key folder. */
const char *
evidence_keydir(const struct evidence *ev)
{
	return (ev->keydir);
}

/* Return the database. */
struct db *
evidence_db(const struct evidence *ev)
{
	return (ev->db);
}

/* Return the configuration. */
const struct config *
evidence_config(const struct evidence *ev)
{
	return (ev->cf);
}

/* Return the path of the object named "sha" (64 hex digits). */
char *
evidence_object_path(const struct evidence *ev, const char *sha)
{
	char	*p;

	xasprintf(&p, "%s/sha256/%.2s/%s", ev->dir, sha, sha);
	return (p);
}

/* Flush folder "path" to disk; return 0 or -1. */
static int
sync_dir(const char *path)
{
	int	fd, r;

	fd = open(path, O_RDONLY | O_DIRECTORY);
	if (fd == -1)
		return (-1);
	r = fsync(fd);
	close(fd);
	return (r);
}

/* Flush the file system of the store; return 0, or -1 if not possible. */
static int
sync_store(const char *dir)
{
#ifdef __linux__
	int	fd, r;

	fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd == -1)
		return (-1);
	r = syncfs(fd);
	close(fd);
	return (r);
#else
	return (-1);
#endif
}

static void	make_object_dir(struct evidence *, const char *);

/* Write "len" bytes at "p" to "fd", whatever the kernel takes at once;
 * return 0, or -1 with errno set. */
static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t	n;

	while (len > 0) {
		n = write(fd, p, len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return (-1);
		}
		p += n;
		len -= (size_t)n;
	}
	return (0);
}

/*
 * Copy spooled object "p" out of its pack into a temporary file of its
 * own, for batch "b", checking on the way that the bytes are the object.
 * Creating a file is the dearest step of a capture, so the flusher does
 * it, not the workers. Return 0, or -1 with "*cause" set: the object is
 * then still read from the spool, and its row kept.
 */
static int
unspool(struct batch *b, struct pending *p, char **cause)
{
	EVP_MD_CTX	*md;
	unsigned char	 dg[32];
	char		*pack, *tmp = NULL, chunk[65536], got[HASH_HEX_LEN];
	long long	 off = p->off;
	size_t		 left = p->len, k;
	ssize_t		 n;
	int		 in, out = -1;

	xasprintf(&pack, "%s/%s", b->dir, p->pack);
	in = open(pack, O_RDONLY | O_CLOEXEC);
	if (in == -1) {
		xasprintf(cause, "%s: %s", pack, strerror(errno));
		free(pack);
		return (-1);
	}
	md = EVP_MD_CTX_new();
	if (md == NULL || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1) {
		xasprintf(cause, "%s: cannot hash", pack);
		goto fail;
	}
	make_object_dir(b->ev, p->sha);
	xasprintf(&tmp, "%s/tmp/%s.XXXXXX", b->dir, p->sha);
	out = mkstemp(tmp);
	if (out == -1) {
		xasprintf(cause, "%s: %s", tmp, strerror(errno));
		goto fail;
	}
	while (left > 0) {
		k = left < sizeof chunk ? left : sizeof chunk;
		n = pread(in, chunk, k, (off_t)off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			xasprintf(cause, "%s: %s", pack, n == 0 ?
			    "cut short" : strerror(errno));
			goto fail;
		}
		EVP_DigestUpdate(md, chunk, (size_t)n);
		if (write_all(out, chunk, (size_t)n) != 0) {
			xasprintf(cause, "%s: %s", tmp, strerror(errno));
			goto fail;
		}
		off += n;
		left -= (size_t)n;
	}
	EVP_DigestFinal_ex(md, dg, NULL);
	hash_hex(dg, sizeof dg, got);
	if (strcmp(got, p->sha) != 0) {
		xasprintf(cause, "%s: bytes %lld to %lld are not object %s",
		    pack, p->off, p->off + (long long)p->len - 1, p->sha);
		goto fail;
	}
	n = close(out);
	out = -1;
	if (n != 0) {
		xasprintf(cause, "%s: %s", tmp, strerror(errno));
		unlink(tmp);
		goto fail;
	}
	EVP_MD_CTX_free(md);
	close(in);
	free(pack);
	p->tmp = tmp;
	return (0);
fail:
	if (out != -1) {
		close(out);
		unlink(tmp);
	}
	EVP_MD_CTX_free(md);
	close(in);
	free(pack);
	free(tmp);
	return (-1);
}

/* Keep the first error of batch "b": "msg" is taken, or freed. */
static void
batch_error(struct batch *b, char *msg)
{
	if (b->error == NULL)
		b->error = msg;
	else
		free(msg);
}

/*
 * Make batch "b" durable and give its files their names: copy out of the
 * spool those that are still in it, flush them, rename each into place,
 * flush again; only then are they "named" (and their spool rows may go).
 * On Linux one syncfs flushes the whole batch (an fsync costs a disk cache
 * flush each, some 3 ms, which tripled the crawl's time); elsewhere each
 * file and folder is fsynced. Runs on a thread of its own; sets
 * "b->error" on failure (files not renamed stay for recover()). An object
 * that cannot be copied out of the spool is only a warning: it is still
 * read from there.
 */
static void *
flush_batch(void *arg)
{
	struct batch	*b = arg;
	struct pending	*p;
	struct strlist	 dirs = { NULL, 0 };
	char		*dir, *slash, *msg, *why = NULL;
	size_t		 i;
	int		 synced, fd, failed = 0;

	for (i = 0; i < b->n; i++) {
		if (b->p[i].pack == NULL || unspool(b, &b->p[i], &why) == 0)
			continue;
		log_warnx("evidence: %s (still read from the spool)", why);
		free(why);
		why = NULL;
	}
	synced = sync_store(b->dir) == 0;
	if (!synced && b->spool_fd != -1 && fsync(b->spool_fd) != 0) {
		xasprintf(&msg, "the spool: %s", strerror(errno));
		batch_error(b, msg);
		failed = 1;
	}
	for (i = 0; !synced && i < b->n; i++) {
		p = &b->p[i];
		if (p->tmp == NULL)
			continue;
		fd = open(p->tmp, O_RDONLY);
		if ((fd == -1 || fsync(fd) != 0) && !failed) {
			xasprintf(&msg, "%s: %s", p->tmp, strerror(errno));
			batch_error(b, msg);
			failed = 1;
		}
		if (fd != -1)
			close(fd);
	}
	for (i = 0; i < b->n && !failed; i++) {
		p = &b->p[i];
		if (p->tmp == NULL)
			continue;
		if (rename(p->tmp, p->path) != 0) {
			xasprintf(&msg, "%s: %s", p->path, strerror(errno));
			batch_error(b, msg);
			failed = 1;
			break;
		}
		p->named = 1;
		dir = xstrdup(p->path);
		if ((slash = strrchr(dir, '/')) != NULL)
			*slash = '\0';
		if (!synced && !strlist_has(&dirs, dir))
			strlist_add(&dirs, dir);
		free(dir);
	}
	/* The names are durable only once their folders are. */
	if (synced && sync_store(b->dir) != 0)
		failed = 1;
	for (i = 0; i < dirs.n; i++)
		if (sync_dir(dirs.v[i]) != 0)
			failed = 1;
	strlist_free(&dirs);
	if (failed) {
		for (i = 0; i < b->n; i++)
			b->p[i].named = 0;
		if (b->error == NULL)
			xasprintf(&b->error, "%s: cannot flush the new "
			    "files' names to disk", b->dir);
	}
	__atomic_store_n(&b->done, 1, __ATOMIC_RELEASE);
	return (NULL);
}

/* Free batch "b" and the names it holds. */
static void
batch_free(struct batch *b)
{
	size_t	i;

	for (i = 0; i < b->n; i++) {
		free(b->p[i].tmp);
		free(b->p[i].path);
	}
	free(b->p);
	free(b->dir);
	free(b->error);
	if (b->spool_fd != -1)
		close(b->spool_fd);
	free(b);
}

/*
 * Finish flushed batch "b" on the writer's thread and free it: its files
 * no longer hold the store's lock, and those copied out of the spool are
 * read from their files from now on (so that one deleted is missed, not
 * read from the spool). Return 0, or -1 with "*cause" set if the batch
 * failed.
 */
static int
batch_finish(struct evidence *ev, struct batch *b, char **cause)
{
	char	*why = NULL;
	size_t	 i;

	release_lock(ev, b->n);
	for (i = 0; i < b->n; i++)
		if (b->p[i].named &&
		    db_evidence_spool_filed(ev->db, b->p[i].sha, &why) != 0)
			break;
	if (b->error != NULL) {
		free(why);
		why = b->error;
		b->error = NULL;
	}
	batch_free(b);
	if (why == NULL)
		return (0);
	*cause = why;
	return (-1);
}

/* Take the pending files into a batch of their own. */
static struct batch *
take_pending(struct evidence *ev)
{
	struct batch	*b;

	b = xcalloc(1, sizeof *b);
	b->ev = ev;
	b->dir = xstrdup(ev->dir);
	pthread_mutex_lock(&ev->spool_lk);
	b->spool_fd = ev->spool_fd != -1 ? dup(ev->spool_fd) : -1;
	pthread_mutex_unlock(&ev->spool_lk);
	b->n = ev->npending;
	b->p = xreallocarray(NULL, b->n, sizeof *b->p);
	memcpy(b->p, ev->pending, b->n * sizeof *b->p);
	ev->npending = 0;
	ev->pending_bytes = 0;
	return (b);
}

/* Wait for the batch being flushed; return 0, or -1 with "*cause". */
static int
flush_wait(struct evidence *ev, char **cause)
{
	int	r;

	if (ev->inflight == NULL)
		return (0);
	pthread_join(ev->flusher, NULL);
	r = batch_finish(ev, ev->inflight, cause);
	ev->inflight = NULL;
	return (r);
}

/*
 * Start flushing the pending files on a thread, so that the crawl goes on
 * while the disk catches up (after the batch before it is done). Return 0,
 * or -1 with "*cause" set if the batch before failed.
 */
static int
flush_start(struct evidence *ev, char **cause)
{
	char	*c2 = NULL;
	int	 r;

	r = flush_wait(ev, cause);
	ev->inflight = take_pending(ev);
	if (pthread_create(&ev->flusher, NULL, flush_batch,
	    ev->inflight) != 0) {
		flush_batch(ev->inflight);
		if (batch_finish(ev, ev->inflight, r == 0 ? cause : &c2) != 0)
			r = -1;
		free(c2);
		ev->inflight = NULL;
	}
	return (r);
}

/*
 * Start flushing the files written so far if the flusher is idle, without
 * waiting for anything: the writer calls this after each transaction, so
 * that files are copied out of the spool and named as the crawl goes, not
 * all at its end. A failure is logged and remembered, as for a full batch.
 */
void
evidence_tick(struct evidence *ev)
{
	if (ev->npending == 0 || (ev->inflight != NULL &&
	    !__atomic_load_n(&ev->inflight->done, __ATOMIC_ACQUIRE)))
		return;
	flush_full(ev);
}

/*
 * Make every file written so far durable and named, waiting for it.
 * Return 0, or -1 with "*cause" set.
 */
int
evidence_flush(struct evidence *ev, char **cause)
{
	struct batch	*b;
	char		*c2 = NULL;
	int		 r;

	r = flush_wait(ev, cause);
	if (ev->npending > 0) {
		b = take_pending(ev);
		flush_batch(b);
		if (batch_finish(ev, b, r == 0 ? cause : &c2) != 0)
			r = -1;
		free(c2);
	}
	if (r == 0 && ev->failed != NULL) {
		xasprintf(cause, "%s (an earlier batch)", ev->failed);
		r = -1;
	}
	pthread_mutex_lock(&ev->lk);
	if (ev->locked && ev->outstanding == 0) {
		flock(ev->lockfd, LOCK_UN);
		ev->locked = 0;
	}
	pthread_mutex_unlock(&ev->lk);
	return (r);
}

/* Return 1 if file "path" holds bytes whose SHA-256 is "name"'s start. */
static int
tmp_matches(const char *path, const char *name)
{
	struct buf	 b;
	FILE		*fp;
	char		 chunk[65536], hex[HASH_HEX_LEN];
	size_t		 k;
	int		 ok;

	fp = fopen(path, "rb");
	if (fp == NULL)
		return (0);
	buf_init(&b, 0);
	while ((k = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, k);
	fclose(fp);
	hash_sha256_hex(b.data != NULL ? b.data : "", b.len, hex);
	ok = strncmp(hex, name, 64) == 0;
	buf_free(&b);
	return (ok);
}

/* Finish a batch cut short: name temporary files whose hash matches. */
static void
recover(struct evidence *ev)
{
	DIR		*d;
	struct dirent	*de;
	char		*tmpdir, *tmp, *path, *sub, sha[HASH_HEX_LEN];
	size_t		 n = 0;

	/* Another writer's batch in progress is not a crash's leftover. */
	if (ev->lockfd == -1 || flock(ev->lockfd, LOCK_EX | LOCK_NB) != 0)
		return;
	xasprintf(&tmpdir, "%s/tmp", ev->dir);
	d = opendir(tmpdir);
	if (d == NULL) {
		free(tmpdir);
		flock(ev->lockfd, LOCK_UN);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		xasprintf(&tmp, "%s/%s", tmpdir, de->d_name);
		if (strlen(de->d_name) > 65 && de->d_name[64] == '.' &&
		    tmp_matches(tmp, de->d_name)) {
			memcpy(sha, de->d_name, 64);
			sha[64] = '\0';
			xasprintf(&sub, "%s/sha256", ev->dir);
			mkdir(sub, 0700);
			free(sub);
			xasprintf(&sub, "%s/sha256/%.2s", ev->dir, sha);
			mkdir(sub, 0700);
			free(sub);
			path = evidence_object_path(ev, sha);
			if (rename(tmp, path) == 0)
				n++;
			free(path);
		}
		unlink(tmp);	/* gone if renamed; a torn file if not */
		free(tmp);
	}
	closedir(d);
	free(tmpdir);
	flock(ev->lockfd, LOCK_UN);
	if (n > 0)
		log_info("evidence: recovered %zu files written before a "
		    "crash", n);
}

/* Make the folder of object "sha" (once per folder and store). */
static void
make_object_dir(struct evidence *ev, const char *sha)
{
	unsigned int	 k;
	char		*dir;

	if (sscanf(sha, "%2x", &k) != 1)
		k = 0;
	if (__atomic_load_n(&ev->made[k & 0xff], __ATOMIC_ACQUIRE))
		return;
	xasprintf(&dir, "%s/sha256/%.2s", ev->dir, sha);
	if (mkdir(dir, 0700) == 0 || errno == EEXIST)
		__atomic_store_n(&ev->made[k & 0xff], 1, __ATOMIC_RELEASE);
	free(dir);
}

/*
 * Hold the store's lock shared while temporary files are written, so that
 * another process opening the store does not take them for a crash's
 * leftovers. Released by evidence_flush once none are outstanding.
 */
static void
hold_lock(struct evidence *ev)
{
	pthread_mutex_lock(&ev->lk);
	ev->outstanding++;
	if (!ev->locked && ev->lockfd != -1 &&
	    flock(ev->lockfd, LOCK_SH) == 0)
		ev->locked = 1;
	pthread_mutex_unlock(&ev->lk);
}

static void
release_lock(struct evidence *ev, size_t done)
{
	pthread_mutex_lock(&ev->lk);
	ev->outstanding -= done;
	pthread_mutex_unlock(&ev->lk);
}

/*
 * Write "len" bytes at "p" as object "o" (its hash "o->sha" computed
 * here): to a temporary file, or nowhere if the store has it already.
 * Safe to call from any thread. Return 0, or -1 with "*cause" set.
 */
static int
write_object(struct evidence *ev, const void *p, size_t len,
    struct evidence_object *o, char **cause)
{
	char		*path, *tmp;
	struct stat	 sb;
	int		 fd;

	hash_sha256_hex(p, len, o->sha);
	o->tmp = NULL;
	o->pack = NULL;
	o->file = 0;
	o->off = 0;
	o->len = len;
	o->encoding[0] = '\0';
	path = evidence_object_path(ev, o->sha);
	if (stat(path, &sb) == 0 && (size_t)sb.st_size == len) {
		free(path);
		return (0);
	}
	free(path);
	make_object_dir(ev, o->sha);
	hold_lock(ev);
	xasprintf(&tmp, "%s/tmp/%s.XXXXXX", ev->dir, o->sha);
	fd = mkstemp(tmp);
	if (fd == -1) {
		xasprintf(cause, "%s: %s", tmp, strerror(errno));
		goto fail;
	}
	if (write_all(fd, p, len) != 0) {
		xasprintf(cause, "%s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		goto fail;
	}
	if (close(fd) != 0) {
		xasprintf(cause, "%s: %s", tmp, strerror(errno));
		unlink(tmp);
		goto fail;
	}
	o->tmp = tmp;
	return (0);
fail:
	free(tmp);
	release_lock(ev, 1);
	return (-1);
}

/* Forget object "o": its temporary file, if it was not claimed, goes. */
static void
drop_object(struct evidence *ev, struct evidence_object *o)
{
	if (o->tmp == NULL)
		return;
	unlink(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	release_lock(ev, 1);
}

/* Remember that a batch failed ("msg" is taken): evidence_flush, and so
 * every checkpoint, fails from then on. */
static void
batch_failed(struct evidence *ev, char *msg)
{
	if (ev->failed == NULL)
		ev->failed = msg;
	else
		free(msg);
}

/*
 * Start flushing a full batch (waiting for the one before). A batch that
 * failed is logged, not laid at the door of the capture that filled the
 * next one: its files stay for recover(), and the next checkpoint, which
 * flushes first, refuses to sign over them. Return 0.
 */
static int
flush_full(struct evidence *ev)
{
	char	*cause = NULL;

	if (flush_start(ev, &cause) != 0) {
		log_warnx("evidence: %s", cause);
		batch_failed(ev, cause);
	}
	return (0);
}

/* Return 1 if object "sha" is on its way to a file already. */
static int
pending_has(const struct evidence *ev, const char *sha)
{
	size_t	i;

	for (i = 0; i < ev->npending; i++)
		if (strcmp(ev->pending[i].sha, sha) == 0)
			return (1);
	for (i = 0; ev->inflight != NULL && i < ev->inflight->n; i++)
		if (strcmp(ev->inflight->p[i].sha, sha) == 0)
			return (1);
	return (0);
}

/*
 * Claim object "o" for the store: its temporary file joins the batch that
 * the next flush makes durable and names (within BATCH_FILES files or
 * BATCH_BYTES bytes). A spooled object is recorded where it is; one that
 * is to be a file too joins the batch, and the flusher copies it out of
 * the spool. A copy already on its way is enough. Return 0, or -1 with
 * "*cause" set.
 */
static int
claim_object(struct evidence *ev, struct evidence_object *o, char **cause)
{
	struct pending	*pe;

	if (o->sha[0] == '\0')		/* a decoded body not hashed */
		return (0);
	if (o->pack != NULL) {
		if (db_evidence_spool_add(ev->db, o->sha, o->pack, o->off,
		    (long long)o->len, o->encoding[0] != '\0' ? o->encoding :
		    NULL, cause) != 0)
			return (-1);
		ev->pending_bytes += o->len;
		if (o->file && !pending_has(ev, o->sha)) {
			hold_lock(ev);	/* for the file the flusher makes */
			pe = &ev->pending[ev->npending++];
			pe->tmp = NULL;
			pe->path = evidence_object_path(ev, o->sha);
			memcpy(pe->sha, o->sha, sizeof pe->sha);
			pe->pack = o->pack;
			pe->off = o->off;
			pe->len = o->len;
		}
		if (ev->npending == BATCH_FILES ||
		    ev->pending_bytes >= BATCH_BYTES)
			return (flush_full(ev));
		return (0);
	}
	if (o->tmp == NULL)
		return (0);
	if (pending_has(ev, o->sha)) {
		drop_object(ev, o);
		return (0);
	}
	pe = &ev->pending[ev->npending++];
	pe->tmp = o->tmp;
	pe->path = evidence_object_path(ev, o->sha);
	memcpy(pe->sha, o->sha, sizeof pe->sha);
	pe->pack = NULL;
	o->tmp = NULL;
	ev->pending_bytes += o->len;
	if (ev->npending == BATCH_FILES || ev->pending_bytes >= BATCH_BYTES)
		return (flush_full(ev));
	return (0);
}

/*
 * Store "len" bytes at "p" under their SHA-256 (written as hex to "sha",
 * 65 bytes). An object already present is not written again. The file is
 * durable and named after the next evidence_flush. Writer's thread only.
 * Return 0, or -1 with "*cause" set.
 */
int
evidence_store(struct evidence *ev, const void *p, size_t len, char *sha,
    char **cause)
{
	struct evidence_object	o;

	if (write_object(ev, p, len, &o, cause) != 0)
		return (-1);
	memcpy(sha, o.sha, HASH_HEX_LEN);
	return (claim_object(ev, &o, cause));
}

/*
 * Append "len" bytes at "p" to the spool as object "o" (its hash computed
 * here). The spool is one pack file an open store, written at offsets
 * reserved under a lock, so that workers append in parallel; it is made
 * durable with the next batch. Return 0, or -1 with "*cause" set.
 */
static int
spool_object(struct evidence *ev, const void *p, size_t len,
    struct evidence_object *o, char **cause)
{
	const char	*q = p;
	char		*path;
	ssize_t		 n;
	size_t		 done = 0;
	long long	 off;
	int		 fd;

	hash_sha256_hex(p, len, o->sha);
	o->tmp = NULL;
	o->file = 0;
	o->len = len;
	o->encoding[0] = '\0';
	pthread_mutex_lock(&ev->spool_lk);
	if (ev->spool_fd == -1) {
		xasprintf(&path, "%s/spool", ev->dir);
		mkdir(path, 0700);
		free(path);
		free(ev->spool);
		xasprintf(&ev->spool, "spool/%lld-%ld.pack",
		    (long long)mwtime_now_ms(), (long)getpid());
		xasprintf(&path, "%s/%s", ev->dir, ev->spool);
		ev->spool_fd = open(path, O_WRONLY | O_CREAT | O_EXCL |
		    O_CLOEXEC, 0600);
		if (ev->spool_fd == -1) {
			xasprintf(cause, "%s: %s", path, strerror(errno));
			free(path);
			pthread_mutex_unlock(&ev->spool_lk);
			return (-1);
		}
		free(path);
		ev->spool_off = 0;
		strlist_add(&ev->packs, ev->spool);
	}
	fd = ev->spool_fd;
	off = ev->spool_off;
	ev->spool_off += (long long)len;
	o->pack = ev->packs.v[ev->packs.n - 1];
	pthread_mutex_unlock(&ev->spool_lk);
	o->off = off;
	while (done < len) {
		n = pwrite(fd, q + done, len - done, (off_t)(off + done));
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			xasprintf(cause, "%s/%s: %s", ev->dir, o->pack,
			    strerror(errno));
			o->pack = NULL;
			return (-1);
		}
		done += (size_t)n;
	}
	return (0);
}

/*
 * Write the objects of response "r" (the body after content decoding, the
 * header blocks, and the body as received) before it is parsed: the
 * costly half of a capture, safe on any thread, so that the crawl's
 * workers do it in parallel. With "keep" (a document of it mentions a
 * school, or a re-capture) each is a file of its own; otherwise the body
 * and headers are appended to the spool, pruned a pack at a time, and
 * only the hash of the bytes as received is kept. evidence_capture then
 * chains them; evidence_prep_free drops what it did not take. Return 0,
 * or -1 with "*cause" set.
 */
int
evidence_prepare(struct evidence *ev, const struct fetch_resp *r, int keep,
    struct evidence_prep *pr, char **cause)
{
	const char	*body = r->body.data != NULL ? r->body.data : "";
	const char	*head = r->wire_headers.data != NULL ?
			    r->wire_headers.data : "";
	int		 encoded;

	/* The fetcher keeps the bytes as received when they differ. */
	encoded = r->encoded.len > 0 && r->content_encoding != NULL &&
	    *r->content_encoding != '\0' && decode_known(r->content_encoding) &&
	    strcasecmp(r->content_encoding, "identity") != 0;

	memset(pr, 0, sizeof *pr);
	if (!keep) {
		if (spool_object(ev, head, r->wire_headers.len, &pr->headers,
		    cause) != 0)
			return (-1);
		if (!encoded ||
		    strlen(r->content_encoding) >= sizeof pr->body.encoding) {
			if (spool_object(ev, body, r->body.len, &pr->body,
			    cause) != 0)
				return (-1);
			pr->raw = pr->body;
			pr->raw_kept = !encoded;
			pr->ready = 1;
			return (0);
		}
		/*
		 * Only the bytes as received: the body is them decoded,
		 * hashed only if the capture is kept (evidence_prep_keep),
		 * as retention drops the rest.
		 */
		if (spool_object(ev, r->encoded.data, r->encoded.len, &pr->raw,
		    cause) != 0)
			return (-1);
		pr->body = pr->raw;
		pr->body.sha[0] = '\0';
		snprintf(pr->body.encoding, sizeof pr->body.encoding, "%s",
		    r->content_encoding);
		pr->raw_kept = 1;
		pr->ready = 1;
		return (0);
	}
	if (write_object(ev, body, r->body.len, &pr->body, cause) != 0)
		return (-1);
	if (write_object(ev, head, r->wire_headers.len, &pr->headers,
	    cause) != 0) {
		drop_object(ev, &pr->body);
		return (-1);
	}
	if (!encoded) {
		memcpy(pr->raw.sha, pr->body.sha, sizeof pr->raw.sha);
		pr->raw.len = r->body.len;
	} else if (write_object(ev, r->encoded.data, r->encoded.len,
	    &pr->raw, cause) != 0) {
		drop_object(ev, &pr->body);
		drop_object(ev, &pr->headers);
		return (-1);
	}
	pr->raw_kept = 1;
	pr->ready = 1;
	return (0);
}

/*
 * Have the bytes as received of "pr" (from evidence_prepare) made a file
 * of their own, and its decoded body hashed if it was not: the response
 * proved to matter. Spooled, they stay in the
 * spool until the flusher has copied them out; the header blocks, and a
 * body that is those bytes decoded, stay there (read from there, checked
 * by pack and byte range, and copied out to files of their own when the
 * pack is pruned): a file each cost the crawl more than the rest of the
 * capture together. Objects not spooled are written as files now.
 * Return 0, or -1 with "*cause" set ("pr" is unchanged then).
 */
int
evidence_prep_keep(struct evidence *ev, const struct fetch_resp *r,
    struct evidence_prep *pr, char **cause)
{
	struct evidence_prep	k;

	if (pr->ready && pr->body.sha[0] == '\0')
		hash_sha256_hex(r->body.data != NULL ? r->body.data : "",
		    r->body.len, pr->body.sha);
	if (pr->ready && pr->body.pack == NULL && pr->raw_kept)
		return (0);
	if (pr->ready && pr->raw.pack != NULL && pr->raw_kept) {
		pr->raw.file = 1;
		if (strcmp(pr->body.sha, pr->raw.sha) == 0)
			pr->body.file = 1;
		return (0);
	}
	if (evidence_prepare(ev, r, 1, &k, cause) != 0)
		return (-1);
	evidence_prep_free(ev, pr);
	*pr = k;
	return (0);
}

/* Drop what evidence_capture did not take of "pr". */
void
evidence_prep_free(struct evidence *ev, struct evidence_prep *pr)
{
	if (ev == NULL || !pr->ready)
		return;
	drop_object(ev, &pr->body);
	drop_object(ev, &pr->headers);
	drop_object(ev, &pr->raw);
	pr->ready = 0;
}

/*
 * Read "len" bytes at "off" of spool "pack" into "out", decoded from
 * Content-Encoding "enc" unless it is NULL. Return 0, or -1 with "*cause"
 * set (naming the pack and the byte range).
 */
static int
read_spooled(const struct evidence *ev, const char *pack, long long off,
    long long len, const char *enc, struct buf *out, char **cause)
{
	struct buf	 raw;
	int		 r;

	if (enc == NULL || *enc == '\0')
		return (read_pack(ev, pack, off, len, out, cause));
	buf_init(&raw, 0);
	r = read_pack(ev, pack, off, len, &raw, cause);
	if (r == 0 && decode_buffer(enc, raw.data != NULL ? raw.data : "",
	    raw.len, out) != DECODE_OK) {
		xasprintf(cause, "%s/%s: bytes %lld to %lld: not valid %s "
		    "data (damaged)", ev->dir, pack, off, off + len - 1, enc);
		r = -1;
	}
	buf_free(&raw);
	return (r);
}

/* Read "len" bytes at "off" of spool "pack" into "out", as they are. */
static int
read_pack(const struct evidence *ev, const char *pack, long long off,
    long long len, struct buf *out, char **cause)
{
	char		*path, chunk[65536];
	ssize_t		 n;
	long long	 done = 0;
	size_t		 want;
	int		 fd;

	xasprintf(&path, "%s/%s", ev->dir, pack);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	while (fd != -1 && done < len) {
		want = len - done < (long long)sizeof chunk ?
		    (size_t)(len - done) : sizeof chunk;
		n = pread(fd, chunk, want, (off_t)(off + done));
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0 || buf_add(out, chunk, (size_t)n) != 0)
			break;
		done += n;
	}
	if (fd == -1 || done < len) {
		xasprintf(cause, "%s: bytes %lld to %lld: %s", path, off,
		    off + len - 1, fd == -1 ? strerror(errno) :
		    "cut short or unreadable");
		if (fd != -1)
			close(fd);
		free(path);
		return (-1);
	}
	close(fd);
	free(path);
	return (0);
}

/*
 * Read object "sha" into "out" (initialised by the caller): its file, or
 * its bytes in the spool. Return 0, or -1 with "*cause" set.
 */
int
evidence_read(const struct evidence *ev, const char *sha, struct buf *out,
    char **cause)
{
	char		*path, *pack, *enc, chunk[65536];
	FILE		*fp;
	size_t		 n;
	long long	 off, len;
	int		 r, missing;

	path = evidence_object_path(ev, sha);
	fp = fopen(path, "rb");
	missing = fp == NULL && errno == ENOENT;
	if (missing && db_evidence_spool_find(ev->db,
	    sha, &pack, &off, &len, &enc) == 1) {
		free(path);
		r = read_spooled(ev, pack, off, len, enc, out, cause);
		free(pack);
		free(enc);
		return (r);
	}
	/* A crawl may have named the file, and let its spool row go,
	 * between the two looks. */
	if (missing)
		fp = fopen(path, "rb");
	if (fp == NULL) {
		xasprintf(cause, "%s: %s", path, strerror(errno));
		free(path);
		return (-1);
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (buf_add(out, chunk, n) != 0) {
			xasprintf(cause, "%s: too large", path);
			fclose(fp);
			free(path);
			return (-1);
		}
	}
	fclose(fp);
	free(path);
	return (0);
}

/*
 * Read the decoded body of capture "c" into "out": its object, or, if it
 * was not hashed (EVIDENCE_UNHASHED), the bytes as received decoded.
 * Return 0, or -1 with "*cause" set.
 */
int
evidence_read_body(const struct evidence *ev, const struct db_capture *c,
    struct buf *out, char **cause)
{
	struct buf	raw;
	int		r = 0;

	if (strcmp(c->body_sha256, EVIDENCE_UNHASHED) != 0)
		return (evidence_read(ev, c->body_sha256, out, cause));
	if (c->raw_sha256 == NULL || c->content_encoding == NULL) {
		xasprintf(cause, "capture %lld: neither its body nor the "
		    "bytes it was decoded from are recorded", c->seq);
		return (-1);
	}
	buf_init(&raw, 0);
	if (evidence_read(ev, c->raw_sha256, &raw, cause) != 0)
		r = -1;
	else if (decode_buffer(c->content_encoding, raw.data != NULL ?
	    raw.data : "", raw.len, out) != DECODE_OK) {
		xasprintf(cause, "capture %lld: the bytes as received (%s) do "
		    "not decode as %s", c->seq, c->raw_sha256,
		    c->content_encoding);
		r = -1;
	}
	buf_free(&raw);
	return (r);
}

/*
 * Return where object "sha" is kept, for messages: its file's path, or
 * its pack and byte range in the spool (the caller frees it).
 */
char *
evidence_locate(const struct evidence *ev, const char *sha)
{
	struct stat	 sb;
	char		*path, *pack, *enc, *s;
	long long	 off, len;

	path = evidence_object_path(ev, sha);
	if (stat(path, &sb) != 0 && db_evidence_spool_find(ev->db, sha,
	    &pack, &off, &len, &enc) == 1) {
		xasprintf(&s, "%s/%s bytes %lld to %lld%s%s%s", ev->dir, pack,
		    off, off + len - 1, enc != NULL ? " (" : "",
		    enc != NULL ? enc : "", enc != NULL ? ")" : "");
		free(pack);
		free(enc);
		free(path);
		return (s);
	}
	return (path);
}

/* Append the SHA-256 of each PEM certificate of "certs" to "out". */
static void
cert_fingerprints(const struct strlist *certs, struct buf *out)
{
	BIO		*bio;
	X509		*x;
	unsigned char	*der = NULL, md[32];
	char		 hex[HASH_HEX_LEN];
	size_t		 i;
	int		 n;

	for (i = 0; i < certs->n; i++) {
		bio = BIO_new_mem_buf(certs->v[i], -1);
		x = bio != NULL ? PEM_read_bio_X509(bio, NULL, NULL, NULL) :
		    NULL;
		BIO_free(bio);
		if (x == NULL)
			continue;
		der = NULL;
		n = i2d_X509(x, &der);
		if (n > 0) {
			hash_sha256(der, (size_t)n, md);
			hash_hex(md, 32, hex);
			buf_printf(out, "%s%s", out->len > 0 ? "\n" : "", hex);
		}
		OPENSSL_free(der);
		X509_free(x);
	}
}

/* Split the wire headers into request blocks and response blocks. */
static void
split_headers(const struct buf *wire, struct buf *req, struct buf *resp)
{
	const char	*p = wire->data, *end, *nl;
	int		 in_resp = 0, at_start = 1;

	if (p == NULL)
		return;
	for (end = p + wire->len; p < end; p = nl) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nl = nl != NULL ? nl + 1 : end;
		if (at_start)
			in_resp = (size_t)(nl - p) > 5 &&
			    strncmp(p, "HTTP/", 5) == 0;
		at_start = (nl - p == 1 || (nl - p == 2 && *p == '\r'));
		buf_add(in_resp ? resp : req, p, (size_t)(nl - p));
	}
}

/*
 * Capture response "r" of "kind" ("crawl", "recapture"): store its body and
 * header blocks, and append an entry to the chain in the caller's
 * transaction. Set "*id" to the capture's row. Return 0, or -1 with
 * "*cause" set.
 */
int
evidence_capture(struct evidence *ev, const struct fetch_resp *r,
    struct evidence_prep *given, const char *kind, long long *id,
    char **cause)
{
	struct evidence_prep	 own, *pr = given;
	struct db_capture	 c;
	struct chain_entry	 e;
	struct buf		 fps, req, resp, urls;
	char			 body_sha[HASH_HEX_LEN], head_sha[HASH_HEX_LEN];
	char			 raw_sha[HASH_HEX_LEN];
	char			 url_sha[HASH_HEX_LEN], prev[HASH_HEX_LEN];
	long long		 seq;
	size_t			 i;
	int			 rc = -1;

	*id = 0;
	if (pr == NULL || !pr->ready) {
		pr = &own;
		if (evidence_prepare(ev, r, 1, pr, cause) != 0)
			return (-1);
	}
	if (pr->body.sha[0] != '\0')
		memcpy(body_sha, pr->body.sha, sizeof body_sha);
	else
		snprintf(body_sha, sizeof body_sha, "%s", EVIDENCE_UNHASHED);
	memcpy(head_sha, pr->headers.sha, sizeof head_sha);
	memcpy(raw_sha, pr->raw.sha, sizeof raw_sha);
	if (claim_object(ev, &pr->body, cause) != 0 ||
	    claim_object(ev, &pr->headers, cause) != 0 ||
	    claim_object(ev, &pr->raw, cause) != 0 ||
	    db_evidence_head(ev->db, &seq, prev, cause) != 0) {
		evidence_prep_free(ev, pr);
		return (-1);
	}
	pr->ready = 0;
	hash_sha256_hex(r->url, strlen(r->url), url_sha);

	memset(&e, 0, sizeof e);
	e.version = 2;
	e.seq = seq + 1;
	e.at_ms = mwtime_now_ms();
	memcpy(e.url_sha256, url_sha, sizeof e.url_sha256);
	memcpy(e.body_sha256, body_sha, sizeof e.body_sha256);
	memcpy(e.raw_sha256, raw_sha, sizeof e.raw_sha256);
	memcpy(e.headers_sha256, head_sha, sizeof e.headers_sha256);
	memcpy(e.prev, prev, sizeof e.prev);
	chain_hash(&e, e.hash);

	buf_init(&fps, 0);
	buf_init(&req, 0);
	buf_init(&resp, 0);
	buf_init(&urls, 0);
	cert_fingerprints(&r->certs, &fps);
	split_headers(&r->wire_headers, &req, &resp);
	for (i = 0; i < r->urls.n; i++)
		buf_printf(&urls, "%s%s", i > 0 ? "\n" : "", r->urls.v[i]);

	memset(&c, 0, sizeof c);
	c.seq = e.seq;
	c.at_ms = e.at_ms;
	c.started_ms = r->started_ms;
	c.url = r->url;
	c.url_sha256 = url_sha;
	c.final_url = r->final_url;
	c.urls = urls.data;
	c.status = r->status;
	c.ip = r->ip;
	c.tls_fingerprints = fps.data;
	c.request_headers = req.data;
	c.response_headers = resp.data;
	c.headers_sha256 = head_sha;
	c.body_sha256 = body_sha;
	c.body_len = (long long)r->body.len;
	c.raw_sha256 = raw_sha;
	c.raw_len = (long long)pr->raw.len;
	c.raw_kept = pr->raw_kept;
	c.content_encoding = strcmp(raw_sha, body_sha) != 0 ?
	    r->content_encoding : NULL;
	c.prev_hash = prev;
	c.hash = e.hash;
	c.kind = xstrdup(kind);
	if (db_evidence_capture_add(ev->db, &c, id, cause) == 0) {
		log_debug("evidence: captured %s as entry %lld", r->url, e.seq);
		rc = 0;
	}
	buf_free(&fps);
	buf_free(&req);
	buf_free(&resp);
	buf_free(&urls);
	free(c.kind);
	return (rc);
}

struct prune {
	struct evidence	*ev;
	time_t		 now;
	size_t		 n;
};

/* Remove stored file "sha" and record it as pruned. */
static int
prune_one(void *arg, const char *sha)
{
	struct prune	*p = arg;
	char		*path, *cause = NULL;

	path = evidence_object_path(p->ev, sha);
	if (unlink(path) != 0 && errno != ENOENT)
		log_warn("evidence: %s", path);
	else if (db_evidence_pruned_add(p->ev->db, sha, p->now,
	    &cause) != 0) {
		log_warnx("evidence: %s", cause);
		free(cause);
	} else
		p->n++;
	free(path);
	return (0);
}

/* A pack of the spool about to go. */
struct unpack {
	struct evidence	*ev;
	const char	*pack;
	char		*cause;
};

/* Copy spooled object "sha" that retention keeps to a file of its own. */
static int
unpack_one(void *arg, const char *sha, long long off, long long len,
    const char *enc)
{
	struct unpack	*u = arg;
	struct buf	 b;
	char		 got[HASH_HEX_LEN];
	int		 r;

	buf_init(&b, 0);
	if (read_spooled(u->ev, u->pack, off, len, enc, &b, &u->cause) != 0) {
		buf_free(&b);
		return (-1);
	}
	r = evidence_store(u->ev, b.data != NULL ? b.data : "", b.len, got,
	    &u->cause);
	buf_free(&b);
	if (r == 0 && strcmp(got, sha) != 0) {
		xasprintf(&u->cause, "%s/%s: bytes %lld to %lld are not "
		    "object %s: the pack is damaged, and kept", u->ev->dir,
		    u->pack, off, off + len - 1, sha);
		return (-1);
	}
	return (r);
}

/*
 * Prune the packs of the spool last written before "before_ms" (none this
 * store has open): what retention still keeps of them is copied out to
 * files, the rest recorded as pruned. The packs to remove once the caller
 * commits are added to "gone".
 */
static void
prune_packs(struct evidence *ev, time_t now, long long before_ms,
    struct strlist *gone)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 sb;
	struct unpack	 u;
	char		*dir, *name, *path, *cause = NULL;

	xasprintf(&dir, "%s/spool", ev->dir);
	d = opendir(dir);
	while (d != NULL && (de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		xasprintf(&name, "spool/%s", de->d_name);
		xasprintf(&path, "%s/%s", ev->dir, name);
		if (strlist_has(&ev->packs, name) || stat(path, &sb) != 0 ||
		    (long long)sb.st_mtime * 1000 >= before_ms) {
			free(name);
			free(path);
			continue;
		}
		u.ev = ev;
		u.pack = name;
		u.cause = NULL;
		if (db_evidence_spool_live(ev->db, name, before_ms,
		    unpack_one, &u, &cause) != 0 ||
		    evidence_flush(ev, &cause) != 0 ||
		    db_evidence_spool_drop(ev->db, name, before_ms, now,
		    &cause) != 0) {
			log_warnx("evidence: pruning %s: %s", path,
			    u.cause != NULL ? u.cause : cause);
			free(cause);
			cause = NULL;
		} else
			strlist_add(gone, path);
		free(u.cause);
		free(name);
		free(path);
	}
	if (d != NULL)
		closedir(d);
	free(dir);
}

/*
 * Remove the stored bodies and headers of captures older than the
 * configured retention whose documents mention no school and have no case,
 * and the spool's packs older than that; their chain entries stay, and
 * the hashes are recorded as pruned. Set "*n" to the number of files
 * removed. Return 0 or -1.
 */
int
evidence_prune(struct evidence *ev, time_t now, size_t *n, char **cause)
{
	struct prune	p;
	struct strlist	gone = { NULL, 0 };
	long long	before;
	size_t		i;
	int		r;

	p.ev = ev;
	p.now = now;
	p.n = 0;
	before = ((long long)now - ev->cf->retention) * 1000;
	if (db_begin(ev->db) != 0) {
		xasprintf(cause, "%s: cannot start a transaction",
		    db_path(ev->db));
		return (-1);
	}
	r = db_evidence_prunable(ev->db, before, prune_one, &p, cause);
	if (r == 0)
		prune_packs(ev, now, before, &gone);
	if (r != 0 || db_commit(ev->db) != 0) {
		db_rollback(ev->db);
		strlist_free(&gone);
		return (-1);
	}
	for (i = 0; i < gone.n; i++) {
		if (unlink(gone.v[i]) == 0)
			p.n++;
	}
	strlist_free(&gone);
	if (n != NULL)
		*n = p.n;
	return (0);
}
