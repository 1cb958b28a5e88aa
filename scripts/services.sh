# Sourced by scripts/test: install (Debian) and start a local PostgreSQL for the store tests,
# then export WIRECODER_TEST_PG. Without root or apt the PostgreSQL tests are skipped, not failed.
_pg_url="postgresql+psycopg://wirecoder:wirecoder@127.0.0.1:5432/wirecoder_test"
_pg_start() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
    echo "installing postgresql (Debian package)…" >&2
    apt-get update -qq >/dev/null && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -n 1)
  [ -n "$version" ] || return 1
  pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start \
    || return 1
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='wirecoder'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE wirecoder LOGIN PASSWORD 'wirecoder'\"" || return 1
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='wirecoder_test'\"" \
    | grep -q 1 || su postgres -c "createdb -O wirecoder wirecoder_test" || return 1
}
if [ -z "${WIRECODER_TEST_PG:-}" ]; then
  if _pg_start; then
    export WIRECODER_TEST_PG="$_pg_url"
  else
    echo "PostgreSQL not available: its tests will be skipped" >&2
  fi
fi
