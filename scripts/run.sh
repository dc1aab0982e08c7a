#!/usr/bin/env bash
# Builds Consort and runs the server on the embedded default (H2 file + in-process index in ./data).
# Needs only a JDK 17+. Extra arguments go to the server, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -DskipTests package
exec java -jar server/target/consort-server.jar "$@"
