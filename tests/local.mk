# tests/: end-to-end scripts; Check suites are registered by each folder.
TESTS += tests/e2e_demo.sh
EXTRA_DIST += tests/e2e_demo.sh tests/lib.sh
TESTS += tests/e2e_mail.sh
EXTRA_DIST += tests/e2e_mail.sh tests/smtp_sink.py tests/mail_fixture.py \
	tests/check_mail.py
