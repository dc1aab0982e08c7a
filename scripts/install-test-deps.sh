#!/usr/bin/env bash
# Installs what the integration tests need on Debian/Ubuntu: the PostgreSQL server
# binaries (tests start their own throwaway clusters), pgvector >= 0.8.0 built from
# Debian's source package, Chromium + chromedriver, and Node.js + npm when no `node` is
# on the PATH (the interop test runs the official OpenAI and MCP clients on Node 18+).
# Safe to re-run; it does nothing (and touches no network) when everything is already in place.
set -euo pipefail

MIN_PGVECTOR=0.8.0
# bookworm ships no pgvector; trixie's source package builds fine against PG 15+.
PGVECTOR_SUITE=${PGVECTOR_SUITE:-trixie}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

log() { printf '==> %s\n' "$*"; }
die() { printf 'install-test-deps: ERROR: %s\n' "$*" >&2; exit 1; }
trap 'die "command failed (line $LINENO): $BASH_COMMAND"' ERR

command -v apt-get >/dev/null || die "apt-get not found; this script supports Debian/Ubuntu only"
SUDO=()
[[ $EUID -eq 0 ]] || SUDO=(sudo)
# Only demanded when something must actually be installed, so the no-op path works anywhere.
need_root() { [[ $EUID -eq 0 ]] || command -v sudo >/dev/null || die "root or sudo needed to install"; }
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)

work=$(mktemp -d /tmp/install-test-deps.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"   # apt drops to the _apt user for downloads
# Run "$@" with output captured; show the log only if it fails.
quiet() { local log=$work/$1; shift; "$@" >"$log" 2>&1 || { tail -40 "$log" >&2; return 1; }; }

updated=
apt_update_once() {
  [[ -z $updated ]] || return 0
  need_root; log "apt-get update"; quiet update.log "${APT[@]}" update || die "apt-get update failed"; updated=1
}
is_installed() { [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]; }

# Highest installed major wins; on a fresh machine use the distro's default major.
PG_MAJOR=$(ls /usr/lib/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -n | tail -1 || true)
if [[ -z $PG_MAJOR ]]; then
  apt_update_once
  PG_MAJOR=$(apt-cache policy postgresql | sed -n 's/^ *Candidate: \([0-9]*\)+.*/\1/p')
fi
[[ -n $PG_MAJOR ]] || die "cannot determine the PostgreSQL major version"
PG_CONFIG=/usr/lib/postgresql/$PG_MAJOR/bin/pg_config
log "PostgreSQL major version: $PG_MAJOR"

want=(postgresql postgresql-contrib "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR"
      build-essential dpkg-dev debian-archive-keyring chromium chromium-driver)
missing=()
for p in "${want[@]}"; do is_installed "$p" || missing+=("$p"); done
# a node from elsewhere (nvm, NodeSource, a CI image) is used as it is
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)

if ((${#missing[@]})); then
  need_root
  # A fresh postgresql install would start the system cluster via invoke-rc.d.
  # The tests never use it, so veto service starts for the duration of this
  # install (containers usually already have such a policy-rc.d).
  policy_added=
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${SUDO[@]}" chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi
  apt_update_once
  log "apt-get install ${missing[*]}"
  quiet install.log "${APT[@]}" install --no-install-recommends "${missing[@]}" || inst_failed=1
  [[ -z $policy_added ]] || "${SUDO[@]}" rm -f /usr/sbin/policy-rc.d
  [[ -z ${inst_failed:-} ]] || die "apt-get install failed"
else
  log "apt packages already installed"
fi

[[ -x $PG_CONFIG ]] || die "$PG_CONFIG missing after install"
control="$("$PG_CONFIG" --sharedir)/extension/vector.control"
current=$(sed -n "s/^default_version *= *'\(.*\)'.*/\1/p" "$control" 2>/dev/null || true)
if [[ -n $current ]] && dpkg --compare-versions "$current" ge "$MIN_PGVECTOR"; then
  log "pgvector $current already installed for PostgreSQL $PG_MAJOR"
  exit 0
fi

need_root
# Fetch the source through a private apt configuration (own sources.list, lists
# and cache dirs) so the system's apt sources are never modified.
mkdir -p "$work/lists/partial" "$work/cache" "$work/src"
# The trixie signing keys ship in debian-archive-keyring >= 2023.3+deb12u1. If your
# keyring is older, PGVECTOR_TRUSTED=1 skips verification (not recommended).
opt="signed-by=/usr/share/keyrings/debian-archive-keyring.gpg"
[[ -z ${PGVECTOR_TRUSTED:-} ]] || opt="trusted=yes"
echo "deb-src [$opt] $MIRROR $PGVECTOR_SUITE main" >"$work/sources.list"
PAPT=(apt-get -q -o Dir::Etc::sourcelist="$work/sources.list" -o Dir::Etc::sourceparts=-
      -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -o APT::Get::List-Cleanup=0)

log "fetching pgvector source from $PGVECTOR_SUITE"
quiet src-update.log "${PAPT[@]}" update || die "apt-get update ($PGVECTOR_SUITE deb-src) failed"
(cd "$work/src" && quiet source.log "${PAPT[@]}" source pgvector) || die "apt-get source pgvector failed"
srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -1)
[[ -n $srcdir ]] || die "pgvector source tree not found after apt-get source"

# OPTFLAGS= drops upstream's -march=native (as Debian does) so the build stays
# portable if this machine image is reused on another CPU.
log "building $(basename "$srcdir") against PostgreSQL $PG_MAJOR"
quiet build.log make -C "$srcdir" -j"$(nproc)" PG_CONFIG="$PG_CONFIG" OPTFLAGS= || die "pgvector build failed"
quiet make-install.log "${SUDO[@]}" make -C "$srcdir" PG_CONFIG="$PG_CONFIG" OPTFLAGS= install \
  || die "pgvector install failed"

current=$(sed -n "s/^default_version *= *'\(.*\)'.*/\1/p" "$control")
log "pgvector $current installed for PostgreSQL $PG_MAJOR"
