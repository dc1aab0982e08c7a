#!/usr/bin/env bash
# Regenerates the Orbitly demo ecosystem: knowledge/src/main/resources/demo/** (partners.csv, case studies,
# programme documents, manifest, README) and eval/suites/retrieval-demo.yaml. Deterministic: a fixed seed,
# fixed document dates and ids, so running it twice gives identical files.
# Usage: scripts/generate-demo-data.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

./mvnw -q -B -ntp -pl eval -am -DskipTests "$@" install
classpath_file="$root/eval/target/demo-generator.classpath"
./mvnw -q -B -ntp -pl eval "$@" dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"

java -cp "$root/eval/target/classes:$(cat "$classpath_file")" \
  com.consort.eval.demo.DemoDataGenerator "$root"
