# Sourced by bin/test and bin/demo: the note's charts are drawn by Java2D, which needs fontconfig and one font.
# On a machine without them, install Debian's packages when we can (root with apt-get), else say what is missing.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n 1)" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bellwether: installing fontconfig and fonts-dejavu-core for the note's charts" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fontconfig \
      fonts-dejavu-core >/dev/null
  else
    echo "bellwether: the note's charts need fontconfig and a font (Debian: apt-get install fontconfig" \
      "fonts-dejavu-core)" >&2
  fi
fi
