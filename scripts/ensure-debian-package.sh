#!/usr/bin/env bash
# ensure-debian-package.sh COMMAND "WHY" PACKAGE...: make sure COMMAND is there (it or /usr/bin, /usr/sbin);
# when missing, install the Debian PACKAGEs with apt-get when root, else print the line to run and fail.
# No download outside the package registries.
set -euo pipefail
command_name=$1; why=$2; shift 2
if command -v "$command_name" >/dev/null 2>&1 || [ -x "/usr/bin/$command_name" ] || [ -x "/usr/sbin/$command_name" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "$command_name is missing: installing Debian's $* with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  exit 0
fi
cat >&2 <<MSG
$command_name is missing. $why
    sudo apt-get update && sudo apt-get install -y $*
then run the same make command again.
MSG
exit 1
