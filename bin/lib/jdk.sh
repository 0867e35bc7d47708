# Sourced by the scripts in bin/: finds a JDK 21 or newer and exports JAVA_HOME and PATH for it.
# Order: $JAVA_HOME, the java on PATH, then the JDKs installed in the usual places.

bellwether_java_major() { # prints the feature version of the java binary $1, or nothing
  local release="${1%/bin/java}/release" line
  if [ -f "$release" ]; then # every JDK since 9 has one; reading it (with builtins) is faster than starting a JVM
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        echo "${BASH_REMATCH[1]}"
        return
      fi
    done <"$release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
  fi
}

bellwether_is_jdk() { # whether $1 is a JDK 21 or newer
  local major
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(bellwether_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

bellwether_find_jdk() { # tried in order, each only if the ones before fail: every command starts through here
  local c
  if [ -n "${JAVA_HOME:-}" ] && bellwether_is_jdk "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if bellwether_is_jdk "$c"; then
      echo "$c"
      return 0
    fi
  fi
  for c in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    if [ -d "$c" ] && bellwether_is_jdk "$c"; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

if ! BELLWETHER_JDK=$(bellwether_find_jdk); then
  cat >&2 <<'MSG'
bellwether: no JDK 21 or newer found (checked $JAVA_HOME, the javac on PATH and /usr/lib/jvm).
Install one, for example:
  Debian/Ubuntu: sudo apt install openjdk-21-jdk   (or temurin-21-jdk from packages.adoptium.net)
  macOS:         brew install --cask temurin@21
or point JAVA_HOME at an existing JDK 21+.
MSG
  exit 1
fi
export JAVA_HOME="$BELLWETHER_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's bundled Guava and Arrow's memory (the import's hand-over to DuckDB) use sun.misc.Unsafe, which JDK 24+
# warns about on every run; bin/bellwether passes the same option.
unsafe_access=()
if [ "$(bellwether_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  unsafe_access=(--sun-misc-unsafe-memory-access=allow)
  export MAVEN_OPTS="${MAVEN_OPTS:-} ${unsafe_access[*]}"
fi
