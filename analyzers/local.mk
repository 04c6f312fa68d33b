# analyzers/: normalisation, the mention matcher, one file per analyzer.
libmentionwatch_a_SOURCES += \
	analyzers/analyze.c analyzers/analyze.h \
	analyzers/harm.c analyzers/harm.h \
	analyzers/harm_lex.c analyzers/harm_lex.h \
	analyzers/harm_model.c analyzers/harm_model.h \
	analyzers/pupils.c analyzers/pupils.h \
	analyzers/regex.c analyzers/regex.h \
	analyzers/match.c analyzers/match.h \
	analyzers/normalize.c analyzers/normalize.h

check_PROGRAMS += tests/check_analyzers
TESTS += tests/check_analyzers
tests_check_analyzers_SOURCES = tests/check_analyzers.c
tests_check_analyzers_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_check_analyzers_LDADD = $(MW_LIBS) $(CHECK_LIBS)
