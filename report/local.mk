# report/: the digest, alerts and exports.
libmentionwatch_a_SOURCES += \
	report/digest.c report/digest.h
