#!/usr/bin/env bash
# Renders the dataset's PDF and DOCX files from sources/*.md (see sources/targets.csv) with the demo
# generator's PDFBox and POI renderers (the demo-data tool module). Deterministic: running it twice gives
# identical files.
# Usage: eval/datasets/corvane/tools/render-documents.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/../../../.."
root="$PWD"
./mvnw -q -B -ntp -pl demo-data -DskipTests "$@" compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/demo-data/target/dataset-renderer.classpath"
java -cp "$root/demo-data/target/classes:$(cat "$root/demo-data/target/dataset-renderer.classpath")" \
  com.consort.demodata.DatasetDocumentRenderer "$root/eval/datasets/corvane"
