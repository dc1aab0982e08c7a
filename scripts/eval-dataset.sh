#!/usr/bin/env bash
# Imports an eval dataset (partners.csv and a documents folder with its documents.csv manifest) into a fresh
# embedded database and runs suites against it in offline mode, as a new user would: the import's report of
# rejected rows and failed files, then each suite's summary. Reports go to target/eval-dataset/<dataset>/<suite>/.
# Usage: scripts/eval-dataset.sh eval/datasets/corvane eval/suites/corvane-retrieval.yaml eval/suites/corvane-assistant.yaml
#   SKIP_BUILD=1      reuse server/target/consort-server.jar instead of building it
#   EVAL_OPTS="..."   extra eval options, e.g. "--retrieval keyword"
# Exits 1 when the import failed a file or a suite had a failed case (as `eval` does without a baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 2 ]]; then
  echo "Usage: scripts/eval-dataset.sh <dataset-dir> <suite.yaml>..." >&2
  exit 2
fi
dataset=${1%/}
shift
documents=$dataset/documents
[[ -f $documents/documents.csv ]] || documents=$dataset/docs
if [[ ! -f $dataset/partners.csv || ! -f $documents/documents.csv ]]; then
  echo "$dataset needs partners.csv and documents/documents.csv (or docs/documents.csv)" >&2
  exit 2
fi
jar=server/target/consort-server.jar
if [[ -z ${SKIP_BUILD:-} || ! -f $jar ]]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
out=target/eval-dataset/$(basename "$dataset")
mkdir -p "$out"
export CONSORT_DATA_DIR=$data CONSORT_DEMO_DATA=false
status=0
echo "== import $dataset into a fresh embedded database ($data)"
java -jar "$jar" import --partners "$dataset/partners.csv" --documents "$documents" 2>&1 | tee "$out/import.log" \
  || status=1
for suite in "$@"; do
  name=$(basename "$suite" .yaml)
  echo "== eval $name"
  # shellcheck disable=SC2086 # EVAL_OPTS is a list of options
  java -jar "$jar" eval --suite "$suite" --out "$out/$name" ${EVAL_OPTS:-} 2>&1 | tee "$out/$name.log" || status=1
done
echo "Reports: $out"
exit $status
