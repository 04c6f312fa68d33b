/*
 * bench_analyzers.c: throughput of the matcher and the analyzers on one
 * core. Reads a TSV of "name<TAB>text" lines (the benchmark corpus's
 * visible.tsv) into memory, then times analyze_document over every text
 * with the schools of a configuration, and prints MB/s.
 *
 * usage: bench_analyzers CONFIG TSV [ROUNDS]
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unistd.h>

#include "analyzers/analyze.h"
#include "analyzers/match.h"
#include "analyzers/pupils.h"
#include "common/config.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"

/* A roster of made-up pupils, as keyed hashes, for the pupil analyzer. */
static struct db *
bench_roster(struct config *cf, const unsigned char *key, size_t keylen,
    char **path)
{
	static const char *first[] = { "Amy", "Ben", "Cara", "Dev", "Ella",
	    "Finn", "Gus", "Hana", "Ivo", "Jade" };
	static const char *last[] = { "Archer", "Blake", "Cole", "Dunn",
	    "Eades", "Frost", "Gale", "Hurst", "Ives", "Joyce" };
	struct db		*db;
	struct db_roster	 r;
	char			 tok[3][PUPILS_TOKEN_LEN], *cause = NULL;
	char			 yr[4], *near;
	size_t			 i, j, k;

	xasprintf(path, "/tmp/mw-bench-roster-%d.db", (int)getpid());
	unlink(*path);
	if (db_open(*path, DB_CREATE, &db, &cause) != 0 ||
	    db_school_sync(db, cf, &cause) != 0) {
		fprintf(stderr, "bench: %s\n", cause);
		exit(1);
	}
	/* 100 pupils a school */
	for (k = 0; k < cf->nschools; k++) {
		for (i = 0; i < 10; i++) {
			for (j = 0; j < 10; j++) {
				pupils_token(key, keylen, first[i], last[j],
				    tok[0]);
				pupils_token(key, keylen, first[i], NULL,
				    tok[1]);
				pupils_token(key, keylen, NULL, last[j],
				    tok[2]);
				snprintf(yr, sizeof yr, "%zu", 1 + (i + j) % 6);
				r.school = cf->schools[k].id;
				r.token = tok[0];
				r.first_token = tok[1];
				r.surname_token = tok[2];
				r.year = yr;
				r.photo_objection = j == 0;
				r.near = near = pupils_near(key, keylen,
				    first[i], last[j]);
				db_roster_add(db, &r, &cause);
				free(near);
			}
		}
	}
	return (db);
}

/* Return a monotonic time in seconds. */
static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

/* CPU time of this process: the figure per core, whatever else runs. */
static double
cpu(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

/* Time the analyzers over the corpus; see the top of this file. */
int
main(int argc, char **argv)
{
	struct strlist		 errors = { NULL, 0 };
	struct config		*cf;
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	FILE			*fp;
	char			*line = NULL, **texts = NULL, *dbpath;
	size_t			 cap = 0, n = 0, i, bytes = 0, mentions = 0;
	size_t			 findings = 0;
	ssize_t			 len;
	int			 rounds, r;
	double			 t0, t, c0, c;

	if (argc < 3) {
		fprintf(stderr, "usage: bench_analyzers CONFIG TSV "
		    "[ROUNDS]\n");
		return (2);
	}
	rounds = argc > 3 ? atoi(argv[3]) : 3;
	if (config_load(argv[1], NULL, &cf, &errors) != 0) {
		for (i = 0; i < errors.n; i++)
			fprintf(stderr, "%s\n", errors.v[i]);
		return (1);
	}
	if ((fp = fopen(argv[2], "r")) == NULL) {
		perror(argv[2]);
		return (1);
	}
	while ((len = getline(&line, &cap, fp)) != -1) {
		char	*tab = strchr(line, '\t');

		if (tab == NULL)
			continue;
		texts = xreallocarray(texts, n + 1, sizeof *texts);
		texts[n++] = xstrdup(tab + 1);
	}
	fclose(fp);
	free(line);
	memset(&env, 0, sizeof env);
	env.cf = cf;
	{
		static const unsigned char key[32] = "bench-secret-bench-secret-bench";

		env.db = bench_roster(cf, key, sizeof key, &dbpath);
		env.secret = key;
		env.secretlen = sizeof key;
	}
	t0 = now();
	ctx = analyze_new(&env);
	printf("schools: %zu, roster: %zu pupils, matcher built in %.2f s\n",
	    cf->nschools, cf->nschools * 100, now() - t0);
	{
		size_t			maybe = 0, missed = 0, l;
		struct match_result	mr;

		for (i = 0; i < n; i++) {
			if (matcher_maybe(analyze_matcher(ctx), texts[i],
			    strlen(texts[i]))) {
				maybe++;
				continue;
			}
			/* the quick read must never miss a name */
			matcher_run(analyze_matcher(ctx), texts[i],
			    strlen(texts[i]), &mr);
			if (mr.nmentions > 0 || mr.trust || mr.context ||
			    mr.nspans > 0)
				missed++;
			match_result_free(&mr);
		}
		printf("texts that may name a school (read in full): %zu of "
		    "%zu; missed by the quick read: %zu\n", maybe, n, missed);
		c0 = cpu();
		for (r = 0, l = 0; r < rounds; r++) {
			for (i = 0; i < n; i++) {
				l += strlen(texts[i]);
				maybe += matcher_maybe(analyze_matcher(ctx),
				    texts[i], strlen(texts[i]));
			}
		}
		printf("quick read alone: %.1f MB/s of CPU time\n",
		    l / 1e6 / (cpu() - c0));
		if (missed > 0)
			return (1);
	}
	/* warm up on the first text that names a school: the harm
	 * lexicons are built by the first text that needs them, once per
	 * process, which is set-up, not throughput */
	for (i = 0; i < n; i++) {
		analyze_document(ctx, texts[i], strlen(texts[i]), &a);
		r = a.match.nmentions > 0;
		analysis_clear(&a);
		if (r)
			break;
	}
	t0 = now();
	c0 = cpu();
	for (r = 0; r < rounds; r++) {
		for (i = 0; i < n; i++) {
			size_t	l = strlen(texts[i]);

			analyze_document(ctx, texts[i], l, &a);
			bytes += l;
			if (r == 0 && getenv("BENCH_VERBOSE") != NULL) {
				size_t	j;

				for (j = 0; j < a.match.nmentions; j++)
					fprintf(stderr, "%s: %s\n",
					    a.match.mentions[j].school_id,
					    a.match.mentions[j].reason);
			}
			if (r == 0) {
				mentions += a.match.nmentions;
				findings += a.nfindings;
			}
			analysis_clear(&a);
		}
	}
	t = now() - t0;
	c = cpu() - c0;
	printf("documents: %zu, text: %.1f MB x %d rounds, mentions: %zu, "
	    "findings: %zu\n", n, bytes / 1e6 / rounds, rounds, mentions,
	    findings);
	printf("throughput: %.1f MB/s of CPU time on one core (%.1f MB/s "
	    "wall clock)\n", bytes / 1e6 / c, bytes / 1e6 / t);
	analyze_free(ctx);
	db_close(env.db);
	unlink(dbpath);
	free(dbpath);
	for (i = 0; i < n; i++)
		free(texts[i]);
	free(texts);
	config_free(cf);
	return (0);
}
