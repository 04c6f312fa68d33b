# feeds/: RSS, Atom and JSON Feed parsing.
libmentionwatch_a_SOURCES += \
	feeds/feed.c feeds/feed.h \
	feeds/feed_date.c feeds/feed_date.h

check_PROGRAMS += tests/check_feeds
TESTS += tests/check_feeds
tests_check_feeds_SOURCES = tests/check_feeds.c
tests_check_feeds_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_feeds_LDADD = $(MW_LIBS) $(CHECK_LIBS)
