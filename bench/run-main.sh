#!/usr/bin/env bash
# Runs a whole-process measurement of this module (a class with a main), e.g. LongCsvGenerator.
# Build first: mvn -q package -DskipTests
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
class=$1
shift
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$root/bench/target/bellwether-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" "org.bellwether.bench.$class" "$@"
