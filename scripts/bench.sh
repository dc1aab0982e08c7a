#!/usr/bin/env bash
# Runs a benchmark harness from eval/ on this machine and writes its report under eval/target/bench/.
# Not part of the test suite (./mvnw verify never runs it). Needs PostgreSQL + pgvector:
# scripts/install-test-deps.sh.
# Usage: scripts/bench.sh knowledge|peers|scale|hyperscale|assistant|opportunities|retrieval|load|commit|all
#   knowledge  Consort ingest vs bare embedding, partner search at 10,000 chunks (embedded and PostgreSQL)
#   peers      Consort vs LangChain4j and Spring AI pgvector stores, same documents, same model, same run
#   scale      partner search latency and memory at about 1,000, 10,000 and 100,000 chunks, then hyperscale
#   hyperscale 100,000 partners and 1,000,000 chunks on PostgreSQL against the demo directory and the bare limit
#              (about an hour on 2 cores; HYPERSCALE_DB=jdbc:postgresql://... keeps the directory for a re-run)
#   assistant  offline answer latency per intent over the full demo, one at a time and 8 at once
#   opportunities offline answers to 25 track-record questions (industry + country) with the demo and 100,000
#              opportunities loaded through the importer, against the bare limit, embedded and PostgreSQL
#              (BENCH_OPPORTUNITIES, BENCH_ROUNDS, BENCH_SETUPS=embedded,postgres)
#   commit     what a durable commit costs: embedded (WRITE_DELAY=0, as the server runs) vs H2's default vs PostgreSQL
#   retrieval  dense, keyword and hybrid (and fusion variants) on every retrieval suite and its dataset
#   load       starts the server jar and drives it with 50 chats and 10 draft writers for 5 minutes
#              (LOAD_MINUTES, LOAD_CHATS, LOAD_DRAFTS); exits 1 on any 5xx or lost message or version
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  knowledge) benches=(knowledge) ;;
  peers) benches=(peers) ;;
  scale) benches=(scale hyperscale) ;;
  hyperscale) benches=(hyperscale) ;;
  assistant) benches=(assistant) ;;
  opportunities) benches=(opportunities) ;;
  retrieval) benches=(retrieval) ;;
  load) benches=(load) ;;
  commit) benches=(commit) ;;
  all) benches=(knowledge peers scale hyperscale assistant opportunities load commit) ;;
  *) echo "Usage: scripts/bench.sh knowledge|peers|scale|hyperscale|assistant|opportunities|retrieval|load|commit|all" >&2; exit 2 ;;
esac
# Built in the reactor (no install into ~/.m2); the classpath lists the reactor's own jars.
./mvnw -q -B -ntp -pl eval -am -DskipTests verify dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
if [[ " ${benches[*]} " == *" load "* ]]; then
  ./mvnw -q -B -ntp -pl server -am -DskipTests package  # the load test drives the server jar
fi
cd eval
# A private copy of everything on the classpath that a later build could overwrite mid-run
rm -rf target/bench-lib && mkdir -p target/bench-lib
cp -r target/test-classes target/bench-lib/test-classes && cp -r target/classes target/bench-lib/classes
classpath="target/bench-lib/test-classes:target/bench-lib/classes"
IFS=: read -ra entries < target/bench.classpath || true  # no newline at the end: read says EOF
for entry in "${entries[@]}"; do
  case "$entry" in
    "$(cd .. && pwd)"/*) cp "$entry" target/bench-lib/ && classpath="$classpath:target/bench-lib/$(basename "$entry")" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done
for bench in "${benches[@]}"; do
  case "$bench" in
    knowledge) main=com.consort.eval.bench.KnowledgeBench ;;
    peers) main=com.consort.eval.bench.PeerBench ;;
    scale) main=com.consort.eval.bench.ScaleBench ;;
    hyperscale) main=com.consort.eval.bench.HyperscaleBench ;;
    assistant) main=com.consort.eval.bench.AssistantBench ;;
    opportunities) main=com.consort.eval.bench.OpportunitiesBench ;;
    retrieval) main=com.consort.eval.bench.RetrievalModesBench ;;
    load) main=com.consort.eval.bench.LoadBench ;;
    commit) main=com.consort.eval.bench.CommitBench ;;
  esac
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options (a profiler: -XX:StartFlightRecording=...)
  java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$classpath" "$main" target/bench/"$bench".md
done
