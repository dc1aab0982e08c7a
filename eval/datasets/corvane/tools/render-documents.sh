#!/usr/bin/env bash
# Renders the dataset's PDF and DOCX files from sources/*.md (see sources/targets.csv) with the demo
# generator's PDFBox and POI renderers. Deterministic: running it twice gives identical files.
# Usage: eval/datasets/corvane/tools/render-documents.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/../../../.."
root="$PWD"
# one reactor run (no install): the classpath lists the sibling modules' target/classes
./mvnw -q -B -ntp -pl eval -am -DskipTests "$@" test-compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/eval/target/dataset-renderer.classpath"
java -cp "$root/eval/target/test-classes:$root/eval/target/classes:$(cat "$root/eval/target/dataset-renderer.classpath")" \
  com.consort.eval.demo.DatasetDocumentRenderer "$root/eval/datasets/corvane"
