# feeds/: RSS, Atom and JSON Feed parsing; one file per format family.
libmentionwatch_a_SOURCES += \
	feeds/feed.c feeds/feed.h feeds/feed_int.h \
	feeds/feed_atom.c feeds/feed_charset.c \
	feeds/feed_date.c feeds/feed_date.h \
	feeds/feed_entity.c feeds/feed_json.c feeds/feed_rdf.c \
	feeds/feed_repair.c feeds/feed_rss.c

check_PROGRAMS += tests/check_feeds
TESTS += tests/check_feeds
tests_check_feeds_SOURCES = tests/check_feeds.c
tests_check_feeds_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_feeds_LDADD = $(MW_LIBS) $(CHECK_LIBS)
EXTRA_DIST += tests/fixtures/feeds
