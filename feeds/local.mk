# feeds/: RSS, Atom and JSON Feed parsing; one file per format family.
libmentionwatch_a_SOURCES += \
	feeds/feed.c feeds/feed.h feeds/feed_int.h \
	feeds/feed_atom.c feeds/feed_charset.c \
	feeds/feed_date.c feeds/feed_date.h feeds/feed_discover.c \
	feeds/feed_entity.c feeds/feed_json.c feeds/feed_rdf.c \
	feeds/feed_repair.c feeds/feed_rss.c feeds/feed_url.c

check_PROGRAMS += tests/check_feeds
TESTS += tests/check_feeds
tests_check_feeds_SOURCES = tests/check_feeds.c
tests_check_feeds_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_feeds_LDADD = $(MW_LIBS) $(CHECK_LIBS)
EXTRA_DIST += tests/fixtures/feeds

# `make fuzz`: libFuzzer targets for the feed and date parsers, built with
# clang and ASan/UBSan straight from the sources (not part of `make check`).
# Run them as ./tests/fuzz_feed -dict=$(srcdir)/tests/fuzz_feed.dict DIR,
# DIR seeded with the fixtures of tests/fixtures/feeds, each file prefixed
# with one byte that picks the HTTP charset (see tests/fuzz_feed.c).
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZFEED_SRC = feeds/feed.c feeds/feed_atom.c feeds/feed_charset.c \
	feeds/feed_date.c feeds/feed_discover.c feeds/feed_entity.c \
	feeds/feed_json.c feeds/feed_rdf.c feeds/feed_repair.c \
	feeds/feed_rss.c feeds/feed_url.c \
	common/buf.c common/hash.c common/html.c common/log.c common/str.c \
	common/xmalloc.c
FUZZFEED_LINK = $(XML_LIBS) $(GUMBO_LIBS) $(JANSSON_LIBS) $(CRYPTO_LIBS) \
	$(PTHREAD_LIBS)
FUZZFEED_INC = -I$(top_srcdir) -I$(top_builddir) $(XML_CFLAGS) \
	$(GUMBO_CFLAGS) $(JANSSON_CFLAGS) $(CRYPTO_CFLAGS)
EXTRA_DIST += tests/fuzz_feed.c tests/fuzz_feed_date.c tests/fuzz_feed.dict

tests/fuzz_feed$(EXEEXT): $(srcdir)/tests/fuzz_feed.c $(FUZZFEED_SRC:%=$(srcdir)/%)
	@mkdir -p tests
	$(FUZZ_CC) $(FUZZ_FLAGS) $(FUZZFEED_INC) -o $@ \
	    $(srcdir)/tests/fuzz_feed.c $(FUZZFEED_SRC:%=$(srcdir)/%) \
	    $(FUZZFEED_LINK)
tests/fuzz_feed_date$(EXEEXT): $(srcdir)/tests/fuzz_feed_date.c $(srcdir)/feeds/feed_date.c
	@mkdir -p tests
	$(FUZZ_CC) $(FUZZ_FLAGS) $(FUZZFEED_INC) -o $@ \
	    $(srcdir)/tests/fuzz_feed_date.c $(srcdir)/feeds/feed_date.c
fuzz-feeds: tests/fuzz_feed$(EXEEXT) tests/fuzz_feed_date$(EXEEXT)
fuzz: fuzz-feeds
CLEANFILES += tests/fuzz_feed$(EXEEXT) tests/fuzz_feed_date$(EXEEXT)
.PHONY: fuzz fuzz-feeds

# `make bench-feeds FEEDS="dir/*.rss ..."`: feed parsing throughput, ours
# against the Python feedparser peer on the same files (see
# ../shared/bench/README.md for the corpus; it is not kept here).
EXTRA_DIST += tests/bench_feed.c tests/bench_feed_peer.py
CLEANFILES += tests/bench_feed$(EXEEXT)
tests/bench_feed$(EXEEXT): $(srcdir)/tests/bench_feed.c libmentionwatch.a
	@mkdir -p tests
	$(CC) $(AM_CPPFLAGS) $(CPPFLAGS) $(CFLAGS) -o $@ \
	    $(srcdir)/tests/bench_feed.c $(MW_LIBS) $(LIBS)
bench-feeds: tests/bench_feed$(EXEEXT)
	@test -n "$(FEEDS)" || { echo "make bench-feeds: give FEEDS=\"FILE...\"" >&2; exit 2; }
	./tests/bench_feed $(FEEDS)
	$(PYTHON3) $(srcdir)/tests/bench_feed_peer.py $(FEEDS)
.PHONY: bench-feeds
