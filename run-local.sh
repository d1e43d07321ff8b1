#!/usr/bin/env bash
# Runs the whole front door on this machine: a real Kafka broker, the identity provider that
# issues the demo clients' tokens (http://localhost:9000), the four services and the local
# console (http://localhost:8080, which shows and moves the shared clock). Needs only a JDK 17+;
# Maven comes through the wrapper and everything else from Maven Central.
#
#   ./run-local.sh            start, keeping every contact and the clock from earlier runs
#   ./run-local.sh --clean    start with no history: deletes .local-stack/ first
#
# Any other argument goes to the console as a Spring property, for example
#   ./run-local.sh --local-stack.services.triage-service.port=9082
# Ctrl-C stops the services and the identity provider, then the broker. See local-stack/README.md.
set -euo pipefail
cd "$(dirname "$0")"

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_cmd" >/dev/null 2>&1; then
    echo "run-local.sh needs a JDK 17 or later: put java on the PATH or set JAVA_HOME." >&2
    exit 1
fi

echo "Building the services, the identity provider and the local stack (quick when nothing has changed)..."
# Tests are left to ./mvnw verify; packaging is all the stack needs. -DskipTests, not
# -Dmaven.test.skip: the services' test classpath needs service-security's test jar, which a
# fresh clone only has if this build makes it.
./mvnw -q -DskipTests package

# The newest build of the launcher; it runs the services' and the identity provider's jars of its own version.
launcher=$(ls -t local-stack/target/local-stack-*-exec.jar | head -n 1)
# One JVM holds the console and the Kafka broker; 768 MB is ample for both. The broker must be
# up before the services start, so this JVM's own start is on the critical path: C1-only
# compilation and the serial collector start it in a third of the time on two busy cores.
exec "$java_cmd" -Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$launcher" "$@"
