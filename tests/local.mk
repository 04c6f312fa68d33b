# tests/: end-to-end scripts; Check suites are registered by each folder.
TESTS += tests/e2e_demo.sh
EXTRA_DIST += tests/e2e_demo.sh tests/lib.sh
TESTS += tests/e2e_mail.sh
EXTRA_DIST += tests/e2e_mail.sh tests/smtp_sink.py tests/mail_fixture.py \
	tests/check_mail.py
TESTS += tests/e2e_roster.sh
EXTRA_DIST += tests/e2e_roster.sh tests/eval-sample.jsonl \
	tests/eval-heldout-a.jsonl tests/eval-tune.jsonl tests/eval-blind.jsonl \
	tests/eval-tune-b.jsonl tests/eval-tune-c.jsonl \
	tests/eval-tune-d.jsonl tests/eval-tune-e.jsonl \
	tests/eval-fresh-f.jsonl

# `make bench-analyzers`: matcher and analyzers throughput, 100 schools.
EXTRA_PROGRAMS += tests/bench_analyzers
tests_bench_analyzers_SOURCES = tests/bench_analyzers.c
tests_bench_analyzers_LDADD = $(MW_LIBS)
EXTRA_DIST += tests/bench_analyzers.sh
bench-analyzers: tests/bench_analyzers$(EXEEXT)
	top_srcdir=$(abs_top_srcdir) BENCH=./tests/bench_analyzers \
	    $(SHELL) $(abs_top_srcdir)/tests/bench_analyzers.sh $(BENCH_TSV)
.PHONY: bench-analyzers
CLEANFILES += tests/bench_analyzers$(EXEEXT)
TESTS += tests/e2e_feed.sh
EXTRA_DIST += tests/e2e_feed.sh
TESTS += tests/e2e_evidence.sh
EXTRA_DIST += tests/e2e_evidence.sh tests/evidence/server.py \
	tests/evidence/page.html tests/evidence/warcio_check.mjs \
	tests/evidence/zipedit.py tests/evidence/tsa.py

# `make fuzz`: build the bundle verifier's libFuzzer target with clang
# (every library source instrumented) and run it for FUZZ_SECONDS from the
# seeds in tests/fuzz/. Not part of `make check`.
FUZZ_SECONDS ?= 60
# FUZZ_CC and FUZZ_FLAGS are set in feeds/local.mk.
FUZZ_BUNDLE_FLAGS = $(FUZZ_FLAGS) -DHAVE_CONFIG_H $(AM_CPPFLAGS) \
	$(CURL_CFLAGS) $(GUMBO_CFLAGS) $(XML_CFLAGS) $(SQLITE_CFLAGS) \
	$(CRYPTO_CFLAGS) $(UTF8PROC_CFLAGS) $(INIH_CFLAGS) $(JANSSON_CFLAGS) \
	$(ARCHIVE_CFLAGS) $(PCRE2_CFLAGS) $(BROTLI_CFLAGS)
FUZZ_LIBFILES = $(addprefix $(srcdir)/,$(filter %.c,$(libmentionwatch_a_SOURCES)))
tests/fuzz_bundle: $(srcdir)/tests/fuzz_bundle.c $(FUZZ_LIBFILES)
	@mkdir -p tests
	$(FUZZ_CC) $(FUZZ_BUNDLE_FLAGS) -o $@ $(srcdir)/tests/fuzz_bundle.c \
	    $(FUZZ_LIBFILES) $(CURL_LIBS) $(GUMBO_LIBS) $(XML_LIBS) \
	    $(SQLITE_LIBS) $(CRYPTO_LIBS) $(UTF8PROC_LIBS) $(INIH_LIBS) \
	    $(JANSSON_LIBS) $(ARCHIVE_LIBS) $(PCRE2_LIBS) $(ZLIB_LIBS) \
	    $(BROTLI_LIBS) $(PTHREAD_LIBS) -lm
fuzz: fuzz-bundle
fuzz-bundle: tests/fuzz_bundle
	@mkdir -p tests/fuzz-corpus
	cp -n $(srcdir)/tests/fuzz/* tests/fuzz-corpus/ 2>/dev/null || true
	tests/fuzz_bundle -max_total_time=$(FUZZ_SECONDS) -max_len=262144 \
	    -timeout=10 -rss_limit_mb=2048 tests/fuzz-corpus
.PHONY: fuzz fuzz-bundle
CLEANFILES += tests/fuzz_bundle
EXTRA_DIST += tests/fuzz_bundle.c tests/fuzz/seed-bundle.zip
TESTS += tests/e2e_crawl.sh tests/e2e_service.sh
EXTRA_DIST += tests/e2e_service.sh
EXTRA_DIST += tests/e2e_crawl.sh tests/crawl_server.py
TESTS += tests/e2e_crash.sh
EXTRA_DIST += tests/e2e_crash.sh
TESTS += tests/e2e_memory.sh
EXTRA_DIST += tests/e2e_memory.sh
TESTS += tests/e2e_tls.sh
EXTRA_DIST += tests/e2e_tls.sh

# What tests leave in the build tree beyond their logs: the WARC reader
# the evidence test installs from npm, and the fuzzers' corpus.
clean-local:
	-rm -rf tests/npm tests/fuzz-corpus
