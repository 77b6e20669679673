#!/usr/bin/env bash
# Make sure Debian's nginx is there for `make serve` (several Streamlit replicas behind nginx). The
# package's own service is not started here: `make serve` runs its own nginx (scripts/serve.py).
exec "$(dirname "$0")/ensure-debian-package.sh" nginx \
  "\`make serve\` runs several Streamlit processes behind nginx (or use \`make run\`: one process, no nginx)." nginx
