# Sourced by bin/bellwether and the bench scripts. DuckDB's JDBC jar unpacks its 71 MB native library to a temporary file on every start
# (about half a second per command). This extracts the driver's classes and this platform's library once, into
# the build folder, and puts them on the class and library paths instead of the jar. On a platform it does not
# know, or if anything fails, the jar is used as it is.
# Usage: bellwether_duckdb_native MAIN_JAR LIB_DIR; sets $classpath (MAIN_JAR and LIB_DIR's jars) and $native_options.
bellwether_duckdb_native() {
  local main_jar=$1 lib_dir=$2 duckdb_jar platform library cache
  classpath="$main_jar:$lib_dir/*"
  native_options=()
  duckdb_jar=$(ls "$lib_dir"/duckdb_jdbc-*.jar 2>/dev/null | head -n 1) || return 0
  [ -n "$duckdb_jar" ] || return 0
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux_amd64; library=libduckdb_java.so ;;
    Linux-aarch64) platform=linux_arm64; library=libduckdb_java.so ;;
    Darwin-arm64) platform=macos_arm64; library=libduckdb_java.dylib ;;
    *) return 0 ;;
  esac
  cache="$(dirname "$lib_dir")/duckdb-native/$(basename "$duckdb_jar" .jar)-$platform"
  if [ ! -f "$cache/$library" ]; then
    local staging="$cache.tmp.$$"
    rm -rf "$staging" && mkdir -p "$staging/classes" || return 0
    (cd "$staging/classes" && "$JAVA_HOME/bin/jar" xf "$duckdb_jar" org META-INF) || { rm -rf "$staging"; return 0; }
    (cd "$staging" && "$JAVA_HOME/bin/jar" xf "$duckdb_jar" "libduckdb_java.so_$platform" \
      && mv "libduckdb_java.so_$platform" "$library") || { rm -rf "$staging"; return 0; }
    if [ -f "$cache/$library" ]; then # another launch finished first: keep its copy, which may be in use
      rm -rf "$staging"
    else
      rm -rf "$cache" && mv "$staging" "$cache" || return 0
    fi
  fi
  classpath="$main_jar:$cache/classes"
  local dependency
  for dependency in "$lib_dir"/*.jar; do
    [ "$dependency" = "$duckdb_jar" ] || classpath="$classpath:$dependency"
  done
  native_options=("-Djava.library.path=$cache")
}
