# contrib/: the example trust, the demo web, set-up scripts.
EXTRA_DIST += \
	contrib/build.sh contrib/demo.sh contrib/deps-debian.sh contrib/test.sh \
	contrib/examples/kestrel/mentionwatch.conf \
	contrib/examples/kestrel/roster.csv \
	contrib/demo-web
EXTRA_DIST += contrib/systemd/mentionwatch.service contrib/bench/ours.sh
