#!/bin/sh
# The Chromium the benchmark drives: the one in PLENARY_CHROMIUM, with the
# arguments it is given, every --disable-features list merged into one.
# Chromium reads only the last of them, and playwright passes its own list
# before the benchmark's.
features=""
for arg do
  shift
  case "$arg" in
    --disable-features=*) features="${features:+$features,}${arg#--disable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "$PLENARY_CHROMIUM" ${features:+"--disable-features=$features"} "$@"
