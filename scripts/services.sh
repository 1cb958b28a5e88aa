# Sourced by scripts/test: install (Debian) what the tests use from outside Python — PostgreSQL
# for the store tests (started here, URL exported as WIRECODER_TEST_PG) and Chromium for the
# web UI's browser test. Without root or apt those tests are skipped, not failed.
_apt_missing=""
command -v pg_ctlcluster >/dev/null 2>&1 || _apt_missing="$_apt_missing postgresql"
command -v chromium >/dev/null 2>&1 || _apt_missing="$_apt_missing chromium"
if [ -n "$_apt_missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing$_apt_missing (Debian packages)…" >&2
  apt-get update -qq >/dev/null 2>&1 || true
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $_apt_missing >/dev/null 2>&1 \
    || echo "could not install$_apt_missing: the tests that need them will be skipped" >&2
fi
_pg_url="postgresql+psycopg://wirecoder:wirecoder@127.0.0.1:5432/wirecoder_test"
_pg_start() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
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
