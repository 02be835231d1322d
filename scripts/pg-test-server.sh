#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own data folder, a free port on 127.0.0.1 and
# a private socket folder, run as an unprivileged user (the server refuses root).
#   scripts/pg-test-server.sh start DIR   initdb + start; writes DIR/pg_service.conf
#   scripts/pg-test-server.sh stop DIR    stops it and removes the data folder
#   scripts/pg-test-server.sh env DIR     prints the PG* variables for a shell (eval "$(…)")
#   scripts/pg-test-server.sh pause DIR   stops the server as a network loss would, keeping its data
#   scripts/pg-test-server.sh resume DIR  starts it again on the same port (the offline tests)
# Clients find it through libpq's own service file: PGSERVICEFILE=DIR/pg_service.conf and
# service=paragraf-test (the tests' fixture sets the first). Logins use SCRAM passwords; the
# administrator's is in the service file (mode 600), so the file is all a client needs.
# Without PostgreSQL installed, start fails in CI (CI=true) and otherwise says why and leaves no
# service file, so that the server tests skip with that reason.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start|stop|env DIR" >&2
    exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
service_file="$dir/pg_service.conf"
state_file="$dir/server"

find_bin() {
    local candidate
    for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/initdb" ]] && { echo "$candidate"; return 0; }
    done
    command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

# As root the server runs as the postgres user; anyone else runs it as themselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

# A port in the dynamic range that nothing answers on (bash and coreutils only: a fresh CI
# machine may have no python). Taken between this check and the start, the start is tried again.
free_port() {
    local port
    while true; do
        port=$((49152 + $(od -An -tu2 -N2 /dev/urandom) % 16000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

stop_server() {
    [[ -f "$state_file" ]] || return 0
    # shellcheck disable=SC1090
    source "$state_file"
    if [[ -d "$data" ]]; then
        as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$data" "$sockets" "$logs"
        [[ "$base" != "$dir" ]] && rmdir "$base" 2>/dev/null
    fi
    rm -f "$state_file" "$service_file"
}

owner=postgres
if [[ $(id -u) -eq 0 ]] && ! id "$owner" >/dev/null 2>&1; then
    owner=nobody
fi

case "$command" in
start)
    stop_server
    if ! bin=$(find_bin); then
        if [[ "${CI:-}" == true ]]; then
            echo "PostgreSQL is not installed; scripts/install-deps.sh --tests installs it" >&2
            exit 1
        fi
        echo "PostgreSQL is not installed: the server tests will be skipped" \
             "(scripts/install-deps.sh --tests installs it)"
        exit 0
    fi
    # The data folder lives under DIR when the server's user can reach it, else in /tmp.
    base="$dir"
    if [[ $(id -u) -eq 0 ]] && ! runuser -u "$owner" -- test -x "$dir"; then
        base=$(mktemp -d /tmp/paragraf-pg.XXXXXX)
        chmod 755 "$base"
    fi
    data="$base/data"
    sockets="$base/socket"
    logs="$base/log"
    mkdir -p "$data" "$sockets" "$logs"
    chmod 700 "$data"
    if [[ $(id -u) -eq 0 ]]; then chown "$owner" "$data" "$sockets" "$logs"; fi
    password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    printf 'bin=%q\nbase=%q\ndata=%q\nsockets=%q\nlogs=%q\n' "$bin" "$base" "$data" "$sockets" \
        "$logs" >"$state_file"

    as_owner bash -c "umask 077; printf '%s\n' '$password' >'$sockets/pw'"
    as_owner "$bin/initdb" -D "$data" -U paragraf_admin --pwfile="$sockets/pw" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$logs/initdb.log"
    rm -f "$sockets/pw"
    # A test server: nothing here needs to survive a crash, so it never waits for the disk.
    started=false
    for attempt in 1 2 3; do
        port=$(free_port)
        start_options="-c listen_addresses=127.0.0.1 -c port=$port \
-c unix_socket_directories=$sockets -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=40"
        if as_owner "$bin/pg_ctl" -D "$data" -l "$logs/server.log" -w -s start -o "$start_options"; then
            started=true
            break
        fi
        echo "attempt $attempt: the server did not start on port $port" >&2
    done
    if [[ $started != true ]]; then
        tail -n 20 "$logs/server.log" >&2
        exit 1
    fi
    printf 'start_options=%q\n' "$start_options" >>"$state_file"
    umask 077
    cat >"$service_file" <<EOF
[paragraf-test]
host=127.0.0.1
port=$port
dbname=postgres
user=paragraf_admin
password=$password
EOF
    echo "PostgreSQL on 127.0.0.1:$port (socket $sockets), service file $service_file"
    ;;
stop)
    stop_server
    ;;
pause)
    # shellcheck disable=SC1090
    source "$state_file"
    # Fast: the connections end at once, as when the server goes away; what was committed stays
    # (the test server runs without synchronous_commit, so an immediate stop would lose commits
    # already acknowledged, which a real server never does).
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -s stop
    ;;
resume)
    # shellcheck disable=SC1090
    source "$state_file"
    as_owner "$bin/pg_ctl" -D "$data" -l "$logs/server.log" -w -s start -o "$start_options"
    ;;
env)
    [[ -f "$service_file" ]] || { echo "no server started in $dir" >&2; exit 1; }
    echo "export PGSERVICEFILE=$(printf '%q' "$service_file") PGSERVICE=paragraf-test"
    ;;
*)
    echo "usage: $0 start|stop|env|pause|resume DIR" >&2
    exit 2
    ;;
esac
