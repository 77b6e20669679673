#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the browser tests and the image export.
# Playwright's own browser download is never used (no network but the package registries).
exec "$(dirname "$0")/ensure-debian-package.sh" chromium \
  "The browser tests and the image export need Debian's Chromium." chromium fonts-dejavu-core fonts-liberation
