# Sourced by bin/test: the dashboard's end-to-end tests drive Debian's Chromium through chromedriver (never a
# downloaded browser). Installs both when missing and we can (root with apt-get); otherwise those tests are skipped
# with a message saying what to install.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bellwether: installing Debian's chromium and chromium-driver for the dashboard's browser tests" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
      chromium-driver >/dev/null
  else
    echo "bellwether: the dashboard's browser tests need Debian's chromium and chromium-driver" \
      "(apt-get install chromium chromium-driver); they are skipped without them" >&2
  fi
fi
