#!/usr/bin/env bash
# Bar-in to alert-out latency through the live feed of a running server (server/src/test/.../AlertLatency.java):
# bench/alert-latency.sh STORE RULES FROM TO [--no-history]. Builds the server's test classes first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
cd "$root"
mvn -q -B -pl server -am test-compile
classpath=$(mvn -q -B -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$root/server/target/test-classes:$root/server/target/classes:$classpath" org.bellwether.server.AlertLatency "$@"
