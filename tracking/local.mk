# tracking/: cases, deadlines, reminders.
libmentionwatch_a_SOURCES += \
	tracking/case.c tracking/case.h \
	tracking/deadline.c tracking/deadline.h \
	tracking/tracking.c tracking/tracking.h
# The program finds share/ in the tree it was built from when it is not
# installed (tests, the demo); $MENTIONWATCH_SHARE overrides both.
AM_CPPFLAGS += -DMW_SRCDIR='"$(abs_top_srcdir)"'

check_PROGRAMS += tests/check_tracking
TESTS += tests/check_tracking
tests_check_tracking_SOURCES = tests/check_tracking.c
tests_check_tracking_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_tracking_LDADD = $(MW_LIBS) $(CHECK_LIBS)
