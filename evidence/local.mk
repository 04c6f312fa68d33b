# evidence/: keys, captures, the chain, bundles.
libmentionwatch_a_SOURCES += \
	evidence/keys.c evidence/keys.h
