# Sourced by bin/bellwether. On JDK 25+, a command starts from an ahead-of-time cache of the classes it loads and of
# its methods' profiles (JEP 483, 514, 515): the first run after a build records what it loads, the cache is then made
# in the background, and later runs use it while it is newer than every jar on the class path. A query saves about
# 0.1 s, a large import 0.6 s (its hot loops compile sooner), a Spark job about 5 s of its 10 s start.
# Usage: bellwether_run_java CACHE CLASSPATH JAVA JVM_OPTIONS... -- MAIN_CLASS ARGUMENTS...
# (CLASSPATH as given to -cp, a "dir/*" entry meaning its jars; CACHE "" runs without one.) Returns the command's
# status, or replaces the shell with it when nothing is recorded.
bellwether_run_java() {
  local cache=$1 classpath=$2
  shift 2
  local jvm=()
  while [ "$1" != -- ]; do jvm+=("$1"); shift; done
  shift
  local aot_options=() record=""
  if [ -n "$cache" ] && [ "$(bellwether_java_major "${jvm[0]}")" -ge 25 ]; then
    if bellwether_aot_current "$cache" "$classpath"; then
      # the JVM's warnings to stderr, not among the command's output, and none about the cache's compiled stubs
      aot_options=(-XX:AOTCache="$cache" -Xlog:disable -Xlog:all=warning:stderr -Xlog:aot*=error:stderr)
    elif [ -w "${cache%/*}" ]; then
      bellwether_aot_forget_killed "$cache"
      record="$cache.$$.config"
      aot_options=(-XX:AOTMode=record -XX:AOTConfiguration="$record" -Xlog:disable)
    fi
  fi
  if [ -z "$record" ]; then
    exec "${jvm[0]}" ${aot_options[@]+"${aot_options[@]}"} "${jvm[@]:1}" "$@" # the caller's options after ours
  fi
  # the recording JVM says so on stdout when it exits, which would spoil the command's output
  local status
  set +e
  "${jvm[0]}" "${aot_options[@]}" "${jvm[@]:1}" "$@" | grep --line-buffered -v '^ *AOTConfiguration recorded: '
  status=${PIPESTATUS[0]}
  set -e
  if [ -f "$record" ]; then
    ( "${jvm[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$record" -XX:AOTCache="$cache.$$.tmp" \
        >/dev/null 2>&1 && mv -f "$cache.$$.tmp" "$cache"; rm -f "$record" "$cache.$$.tmp" ) </dev/null >/dev/null 2>&1 &
  fi
  return "$status"
}

bellwether_aot_current() { # CACHE CLASSPATH: whether the cache exists and is newer than every jar of the class path
  local cache=$1 entry jar entries
  [ -f "$cache" ] || return 1
  IFS=: read -ra entries <<<"$2"
  for entry in "${entries[@]}"; do
    if [[ $entry == */\* ]]; then
      for jar in "${entry%\*}"*.jar; do
        [ "$jar" -nt "$cache" ] && return 1
      done
    elif [ "$entry" -nt "$cache" ]; then
      return 1
    fi
  done
  return 0
}

bellwether_aot_forget_killed() { # CACHE: removes the recordings of launches that were killed (CACHE.PID.config)
  local file pid
  for file in "$1".*.config; do
    [ -f "$file" ] || continue
    pid=${file%.config}
    pid=${pid##*.}
    [[ $pid =~ ^[0-9]+$ ]] && ! kill -0 "$pid" 2>/dev/null && rm -f "$file"
  done
  return 0
}
