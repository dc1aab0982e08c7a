#!/usr/bin/env bash
# Runs a benchmark harness from eval/ on this machine and writes its report under eval/target/bench/.
# Usage: scripts/bench.sh knowledge   (needs PostgreSQL + pgvector: scripts/install-test-deps.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  knowledge) main=com.consort.eval.bench.KnowledgeBench ;;
  *) echo "Usage: scripts/bench.sh knowledge" >&2; exit 2 ;;
esac
./mvnw -q -B -ntp -pl eval -am -DskipTests install
./mvnw -q -B -ntp -pl eval dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd eval
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" target/bench/"$1".md
