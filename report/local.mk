# report/: the digest, alerts and exports.
libmentionwatch_a_SOURCES += \
	report/digest.c report/digest.h
libmentionwatch_a_SOURCES += \
	report/alert.c report/alert.h \
	report/mail.c report/mail.h \
	report/report.c report/report.h
