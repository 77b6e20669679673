#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the browser tests and the image export.
# Playwright's own browser download is never used (no network but the package registries).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
Chromium is missing. The browser tests and the image export need Debian's Chromium:
    sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation
then run `make test` again.
MSG
exit 1
