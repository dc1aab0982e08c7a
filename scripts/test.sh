#!/usr/bin/env bash
# Runs every test. First installs what the tests need (PostgreSQL server + pgvector, Chromium), which
# is a no-op when already present; the PostgreSQL tests then start their own private cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
./mvnw -B -ntp verify "$@"
