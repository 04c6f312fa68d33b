# tests/: end-to-end scripts; Check suites are registered by each folder.
TESTS += tests/e2e_demo.sh
EXTRA_DIST += tests/e2e_demo.sh tests/lib.sh
TESTS += tests/e2e_mail.sh
EXTRA_DIST += tests/e2e_mail.sh tests/smtp_sink.py tests/mail_fixture.py \
	tests/check_mail.py
TESTS += tests/e2e_roster.sh
EXTRA_DIST += tests/e2e_roster.sh tests/eval-sample.jsonl

# `make bench-analyzers`: matcher and analyzers throughput, 100 schools.
EXTRA_PROGRAMS += tests/bench_analyzers
tests_bench_analyzers_SOURCES = tests/bench_analyzers.c
tests_bench_analyzers_LDADD = $(MW_LIBS)
EXTRA_DIST += tests/bench_analyzers.sh
bench-analyzers: tests/bench_analyzers$(EXEEXT)
	top_srcdir=$(abs_top_srcdir) BENCH=./tests/bench_analyzers \
	    $(SHELL) $(abs_top_srcdir)/tests/bench_analyzers.sh $(BENCH_TSV)
.PHONY: bench-analyzers
CLEANFILES += tests/bench_analyzers$(EXEEXT)
TESTS += tests/e2e_feed.sh
EXTRA_DIST += tests/e2e_feed.sh
