# tests/: end-to-end scripts; Check suites are registered by each folder.
TESTS += tests/e2e_demo.sh
EXTRA_DIST += tests/e2e_demo.sh tests/lib.sh
TESTS += tests/e2e_evidence.sh
EXTRA_DIST += tests/e2e_evidence.sh tests/evidence/server.py \
	tests/evidence/page.html tests/evidence/warcio_check.mjs \
	tests/evidence/zipedit.py
