#!/bin/sh
# Install what mentionwatch needs to build, test and run its demo on Debian
# 12 (run as root). Packages already installed are left alone, so this is
# quick the second time.
set -eu
PACKAGES="build-essential autoconf automake libtool pkg-config
libcurl4-openssl-dev libgumbo-dev libxml2-dev libsqlite3-dev libssl-dev
libutf8proc-dev libinih-dev libjansson-dev libarchive-dev libpcre2-dev
check python3 python3-aiosmtpd sqlite3 openssl curl unzip zlib1g-dev time
libbrotli-dev python3-brotli nginx"
# Tools the tests run, by command and package: a machine may already have
# them from elsewhere (Node.js from its own packages, say), and Debian's
# package would then conflict.
TOOLS="chromium:chromium node:nodejs npm:npm"
missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
for t in $TOOLS; do
	command -v "${t%%:*}" >/dev/null 2>&1 || missing="$missing ${t#*:}"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "contrib/deps-debian.sh: these packages are missing:$missing" >&2
	echo "run as root (or with sudo) to install them" >&2
	exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
