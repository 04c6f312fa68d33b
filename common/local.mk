# common/: logging, allocation, buffers, strings, time, hashing, config.
libmentionwatch_a_SOURCES += \
	common/buf.c common/buf.h \
	common/config.c common/config.h \
	common/hash.c common/hash.h \
	common/html.c common/html.h \
	common/log.c common/log.h \
	common/mwtime.c common/mwtime.h \
	common/str.c common/str.h \
	common/xmalloc.c common/xmalloc.h

check_PROGRAMS += tests/check_common
TESTS += tests/check_common
tests_check_common_SOURCES = tests/check_common.c
tests_check_common_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_common_LDADD = $(MW_LIBS) $(CHECK_LIBS)
