#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests, on 127.0.0.1 only.
#
#   postgres_for_tests.sh start   prints two lines: the SQLAlchemy URL and the cluster folder
#   postgres_for_tests.sh stop DIR  stops that server and removes its (throwaway) folder
#   postgres_for_tests.sh install   only installs postgresql (when missing and root)
#
# Installs Debian's postgresql first when it is missing and we are root; otherwise says what
# is missing and exits 3 (the tests then skip with that reason). As root the server runs as
# the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir)
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

install_if_missing() {
  find_bindir >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed (install Debian's postgresql package, or run the tests" \
         "as root so they install it)" >&2
    exit 3
  fi
  echo "Installing postgresql for the storage tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # The package's own cluster is not wanted: the tests make their own, in a temp folder.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/pregao-tests.conf
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  find_bindir >/dev/null || { echo "postgresql installed but initdb not found" >&2; exit 3; }
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  install_if_missing
  local bindir dir port
  bindir=$(find_bindir)
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "no postgres user to run the server as" >&2
    exit 3
  fi
  dir=$(mktemp -d /tmp/pregao-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U pregao -A trust -E UTF8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 4; }
  port=$(free_port)
  # fsync off: a test database need not survive a power cut, and it is much faster.
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 4; }
  as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U pregao pregao_test
  echo "postgresql+psycopg://pregao@127.0.0.1:$port/pregao_test"
  echo "$dir"
}

stop() {
  local dir=$1 bindir
  case "$dir" in /tmp/pregao-pg.*) ;; *) echo "not a test cluster: $dir" >&2; exit 2 ;; esac
  bindir=$(find_bindir)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf -- "$dir"
}

case "${1:-}" in
  start) start ;;
  install) install_if_missing ;;
  stop) stop "${2:?usage: $0 stop DIR}" ;;
  *) echo "usage: $0 start | stop DIR | install" >&2; exit 2 ;;
esac
