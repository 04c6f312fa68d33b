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
	evidence/recapture.c
