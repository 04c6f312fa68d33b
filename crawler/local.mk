# crawler/: fetching, politeness, page extraction, the crawl cycle.
libmentionwatch_a_SOURCES += \
	crawler/crawl.c crawler/crawl.h \
	crawler/decode.c crawler/decode.h \
	crawler/fetch.c crawler/fetch.h \
	crawler/page.c crawler/page.h \
	crawler/policy.c crawler/policy.h \
	crawler/robots.c crawler/robots.h \
	crawler/prescan.c crawler/prescan.h \
	crawler/search.c crawler/search.h

check_PROGRAMS += tests/check_crawler
TESTS += tests/check_crawler
tests_check_crawler_SOURCES = tests/check_crawler.c
tests_check_crawler_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_crawler_LDADD = $(MW_LIBS) $(CHECK_LIBS)
EXTRA_DIST += tests/fixtures/crawler
MW_LIBS += $(ZLIB_LIBS) $(BROTLI_LIBS)
