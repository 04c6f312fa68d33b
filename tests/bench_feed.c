/*
 * bench_feed.c: feed parsing throughput. Reads every FILE into memory,
 * then parses them all with feed_parse_buffer, over and over for at least
 * two seconds, on one thread, and prints MB/s of feed bytes per second
 * of wall time and of CPU time (steadier on a busy machine). Built and
 * run by `make bench-feeds FEEDS="..."`; not part of `make check`.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feeds/feed.h"

static double
now(clockid_t clock)
{
	struct timespec	ts;

	clock_gettime(clock, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

int
main(int argc, char **argv)
{
	char		**bufs;
	size_t		 *lens, total = 0, items = 0, failed = 0;
	double		  start, cpu0, elapsed, cpu;
	int		  i, rounds = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_feed FILE...\n");
		return (2);
	}
	bufs = calloc((size_t)argc, sizeof *bufs);
	lens = calloc((size_t)argc, sizeof *lens);
	for (i = 1; i < argc; i++) {
		FILE	*fp = fopen(argv[i], "rb");
		long	 n;

		if (fp == NULL) {
			perror(argv[i]);
			return (1);
		}
		fseek(fp, 0, SEEK_END);
		n = ftell(fp);
		fseek(fp, 0, SEEK_SET);
		bufs[i] = malloc((size_t)n + 1);
		if (fread(bufs[i], 1, (size_t)n, fp) != (size_t)n)
			return (1);
		fclose(fp);
		lens[i] = (size_t)n;
		total += (size_t)n;
	}
	start = now(CLOCK_MONOTONIC);
	cpu0 = now(CLOCK_PROCESS_CPUTIME_ID);
	do {
		for (i = 1; i < argc; i++) {
			struct feed	*f;
			char		*cause = NULL;

			if (feed_parse_buffer(bufs[i], lens[i],
			    "http://bench.localhost/feeds/", NULL, &f,
			    &cause) != 0) {
				free(cause);
				failed++;
				continue;
			}
			if (rounds == 0)
				items += f->nitems;
			feed_free(f);
		}
		rounds++;
		elapsed = now(CLOCK_MONOTONIC) - start;
	} while (elapsed < 2.0);
	cpu = now(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
	printf("ours feeds %d bytes %zu items %zu failed %zu rounds %d "
	    "seconds %.3f MB/s %.2f cpu-seconds %.3f MB/cpu-s %.2f\n",
	    argc - 1, total, items, failed / (size_t)rounds, rounds, elapsed,
	    (double)total * rounds / elapsed / 1e6, cpu,
	    (double)total * rounds / cpu / 1e6);
	return (0);
}
