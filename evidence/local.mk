# evidence/: keys, captures, the chain, bundles.
libmentionwatch_a_SOURCES += \
	evidence/keys.c evidence/keys.h \
	evidence/evidence.h \
	evidence/capture.c \
	evidence/chain.c \
	evidence/checkpoint.c \
	evidence/warc.c \
	evidence/bundle.c \
	evidence/bundle_report.c \
	evidence/verify.c \
	evidence/recapture.c \
	evidence/tsa.c

check_PROGRAMS += tests/check_evidence
TESTS += tests/check_evidence
tests_check_evidence_SOURCES = tests/check_evidence.c
tests_check_evidence_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_evidence_LDADD = $(MW_LIBS) $(CHECK_LIBS)
