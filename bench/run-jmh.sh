#!/usr/bin/env bash
# Runs the JMH benchmarks of this module (all, or those matching $1) on the built jars.
# Build first: mvn -q package -DskipTests
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "$root/bench/target/bellwether-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" org.openjdk.jmh.Main "$@"
