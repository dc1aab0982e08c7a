#!/usr/bin/env bash
# Regenerates the Orbitly demo ecosystem: knowledge/src/main/resources/demo/** (partners.csv, case studies,
# programme documents, manifest, README) and eval/suites/retrieval-demo.yaml, with the demo-data tool module
# (a build-time tool: the server jar does not contain it). Deterministic: a fixed seed, fixed document dates
# and ids, so running it twice gives identical files.
# Usage: scripts/generate-demo-data.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

classpath_file="$root/demo-data/target/demo-generator.classpath"
./mvnw -q -B -ntp -pl demo-data -DskipTests "$@" compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"

java -cp "$root/demo-data/target/classes:$(cat "$classpath_file")" \
  com.consort.demodata.DemoDataGenerator "$root"
