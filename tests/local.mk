# tests/: end-to-end scripts; Check suites are registered by each folder.
TESTS += tests/e2e_demo.sh
EXTRA_DIST += tests/e2e_demo.sh tests/lib.sh
TESTS += tests/e2e_crawl.sh
EXTRA_DIST += tests/e2e_crawl.sh tests/crawl_server.py
TESTS += tests/e2e_crash.sh
EXTRA_DIST += tests/e2e_crash.sh
