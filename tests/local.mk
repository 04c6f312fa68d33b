# tests/: end-to-end scripts; Check suites are registered by each folder.
TESTS += tests/e2e_demo.sh
EXTRA_DIST += tests/e2e_demo.sh tests/lib.sh
TESTS += tests/e2e_evidence.sh
EXTRA_DIST += tests/e2e_evidence.sh tests/evidence/server.py \
	tests/evidence/page.html tests/evidence/warcio_check.mjs \
	tests/evidence/zipedit.py tests/evidence/tsa.py

# `make fuzz`: build the bundle verifier's libFuzzer target with clang
# (every library source instrumented) and run it for FUZZ_SECONDS from the
# seeds in tests/fuzz/. Not part of `make check`.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-omit-frame-pointer -DHAVE_CONFIG_H $(AM_CPPFLAGS) \
	$(CURL_CFLAGS) $(GUMBO_CFLAGS) $(XML_CFLAGS) $(SQLITE_CFLAGS) \
	$(CRYPTO_CFLAGS) $(UTF8PROC_CFLAGS) $(INIH_CFLAGS) $(JANSSON_CFLAGS) \
	$(ARCHIVE_CFLAGS) $(PCRE2_CFLAGS)
FUZZ_LIBFILES = $(addprefix $(srcdir)/,$(filter %.c,$(libmentionwatch_a_SOURCES)))
tests/fuzz_bundle: $(srcdir)/tests/fuzz_bundle.c $(FUZZ_LIBFILES)
	@mkdir -p tests
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $(srcdir)/tests/fuzz_bundle.c \
	    $(FUZZ_LIBFILES) $(CURL_LIBS) $(GUMBO_LIBS) $(XML_LIBS) \
	    $(SQLITE_LIBS) $(CRYPTO_LIBS) $(UTF8PROC_LIBS) $(INIH_LIBS) \
	    $(JANSSON_LIBS) $(ARCHIVE_LIBS) $(PCRE2_LIBS) $(PTHREAD_LIBS) -lm
fuzz: tests/fuzz_bundle
	@mkdir -p tests/fuzz-corpus
	cp -n $(srcdir)/tests/fuzz/* tests/fuzz-corpus/ 2>/dev/null || true
	tests/fuzz_bundle -max_total_time=$(FUZZ_SECONDS) -max_len=262144 \
	    -timeout=10 -rss_limit_mb=2048 tests/fuzz-corpus
.PHONY: fuzz
CLEANFILES += tests/fuzz_bundle
EXTRA_DIST += tests/fuzz_bundle.c tests/fuzz/seed-bundle.zip
