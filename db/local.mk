# db/: the SQLite store; all SQL lives here.
libmentionwatch_a_SOURCES += \
	db/db.c db/db.h db/db_internal.h \
	db/db_document.c \
	db/db_evidence.c \
	db/db_finding.c \
	db/db_roster.c \
	db/db_school.c \
	db/db_source.c \
	db/db_crawl.c

check_PROGRAMS += tests/check_db
TESTS += tests/check_db
tests_check_db_SOURCES = tests/check_db.c
tests_check_db_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_db_LDADD = $(MW_LIBS) $(CHECK_LIBS)
libmentionwatch_a_SOURCES += \
	db/db_case.c \
	db/db_mail.c
