# Sourced by bin/bellwether and the bench scripts. DuckDB's JDBC jar unpacks its 71 MB native library to a temporary file on every start
# (about half a second per command). This extracts the driver's classes and this platform's library once, into
# the build folder, and puts them on the class and library paths instead of the jar. On a platform it does not
# know, or if anything fails, the jar is used as it is.
# Usage: bellwether_duckdb_native MAIN_JAR LIB_DIR; sets $classpath (MAIN_JAR and LIB_DIR's jars) and $native_options.
bellwether_duckdb_native() {
  local main_jar=$1 lib_dir=$2 duckdb_jar platform library cache
  classpath="$main_jar:$lib_dir/*"
  native_options=()
  # builtins only (globs, parameter expansion, $OSTYPE and $HOSTTYPE): every command starts through here
  local jars=("$lib_dir"/duckdb_jdbc-*.jar)
  duckdb_jar=${jars[0]}
  [ -f "$duckdb_jar" ] || return 0
  case "$OSTYPE-$HOSTTYPE" in
    linux*-x86_64) platform=linux_amd64; library=libduckdb_java.so ;;
    linux*-aarch64) platform=linux_arm64; library=libduckdb_java.so ;;
    darwin*-arm64 | darwin*-aarch64) platform=macos_arm64; library=libduckdb_java.dylib ;;
    *) return 0 ;;
  esac
  local jar_name=${duckdb_jar##*/}
  cache="${lib_dir%/*}/duckdb-native/${jar_name%.jar}-$platform"
  if [ ! -f "$cache/$library" ] || [ ! -f "$cache/duckdb-classes.jar" ]; then
    local staging="$cache.tmp.$$"
    rm -rf "$staging" && mkdir -p "$staging/classes" || return 0
    # the driver's classes without the library, as a jar: a class-data-sharing archive cannot hold a directory
    (cd "$staging/classes" && "$JAVA_HOME/bin/jar" xf "$duckdb_jar" org META-INF) \
      && "$JAVA_HOME/bin/jar" --create --file "$staging/duckdb-classes.jar" --no-manifest -C "$staging/classes" . \
      && rm -rf "$staging/classes" || { rm -rf "$staging"; return 0; }
    (cd "$staging" && "$JAVA_HOME/bin/jar" xf "$duckdb_jar" "libduckdb_java.so_$platform" \
      && mv "libduckdb_java.so_$platform" "$library") || { rm -rf "$staging"; return 0; }
    if [ -f "$cache/$library" ] && [ -f "$cache/duckdb-classes.jar" ]; then # another launch finished first: keep its copy, which may be in use
      rm -rf "$staging"
    else
      rm -rf "$cache" && mv "$staging" "$cache" || return 0
    fi
  fi
  classpath="$main_jar:$cache/duckdb-classes.jar"
  local dependency
  for dependency in "$lib_dir"/*.jar; do
    [ "$dependency" = "$duckdb_jar" ] || classpath="$classpath:$dependency"
  done
  native_options=("-Djava.library.path=$cache")
}
