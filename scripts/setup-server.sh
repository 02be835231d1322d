#!/usr/bin/env bash
# Sets up an organisation's Paragraf server on PostgreSQL 15 (docs/server.md).
#   scripts/setup-server.sh create DATABASE REGISTRY_LOGIN
#       the database (UTF-8, C.UTF-8 collation like the file), Paragraf's schema and roles, and
#       the first registry login
#   scripts/setup-server.sh add-login DATABASE LOGIN ROLE [PERSON_ID [BODY_ID...]]
#       a person's login: ROLE is registry, secretary, chair, adjuster or reader; PERSON_ID maps
#       the login to a person of the roster (needed to sign and review), BODY_IDs are the bodies
#       whose meetings a secretary writes
#   scripts/setup-server.sh migrate DATABASE
#       brings the schema up to this checkout's resources/migrations-pg
# Run it as a PostgreSQL superuser (on the server: sudo -u postgres scripts/setup-server.sh …);
# psql finds the server through the usual PGHOST/PGPORT/PGUSER/PGSERVICE. A login's password is
# taken from PARAGRAF_LOGIN_PASSWORD, else asked for; as psql's \password does, the script
# computes its SCRAM-SHA-256 verifier itself (python3's hashlib) and sends the server only that,
# on psql's standard input: the password is never in a command line (ps) nor in a statement
# (the server's log). The migrations keep the same bookkeeping as ServerMigrator
# (paragraf_schema_version, paragraf_server_rules, the advisory lock 1347569478).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../resources/migrations-pg"
psql_run=(psql -X -q -v ON_ERROR_STOP=1)

usage() {
    sed -n '2,16p' "$0" >&2
    exit 2
}

password_for() {
    if [[ -n "${PARAGRAF_LOGIN_PASSWORD:-}" ]]; then
        printf '%s' "$PARAGRAF_LOGIN_PASSWORD"
        return
    fi
    local first second
    read -r -s -p "Password for $1: " first </dev/tty && echo >&2
    read -r -s -p "Again: " second </dev/tty && echo >&2
    [[ "$first" == "$second" && -n "$first" ]] || { echo "The passwords differ or are empty." >&2; exit 1; }
    printf '%s' "$first"
}

# The SCRAM-SHA-256 verifier of the password on stdin, in the form PostgreSQL stores (RFC 7677,
# 4096 iterations, a random 16-byte salt, the password SASLprep'ed as PostgreSQL does: ASCII as
# it is, else spaces mapped, the "mapped to nothing" characters removed and NFKC; a password that
# SASLprep prohibits is used as its bytes, as PostgreSQL does too).
scram_verifier() {
    python3 -c '
import base64, hashlib, hmac, os, sys, unicodedata
raw = sys.stdin.buffer.read()
def saslprep(raw):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    if text.isascii():
        return raw
    nothing = {0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
    nothing |= set(range(0xFE00, 0xFE10))
    mapped = "".join(" " if unicodedata.category(c) == "Zs" else c
                     for c in text if ord(c) not in nothing)
    text = unicodedata.normalize("NFKC", mapped)
    if any(unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn") for c in text):
        return raw
    return text.encode("utf-8")
salt, iterations = os.urandom(16), 4096
salted = hashlib.pbkdf2_hmac("sha256", saslprep(raw), salt, iterations)
client = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
server = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
b64 = lambda b: base64.b64encode(b).decode()
print("SCRAM-SHA-256$%d:%s$%s:%s" % (iterations, b64(salt), b64(hashlib.sha256(client).digest()), b64(server)))
'
}

# The preamble of every migration transaction, as ServerMigrator's.
preamble() {
    cat <<'SQL'
BEGIN;
SELECT pg_advisory_xact_lock(1347569478) \g /dev/null
SET LOCAL client_min_messages = warning;
CREATE TABLE IF NOT EXISTS paragraf_schema_version (version integer PRIMARY KEY,
    name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user);
CREATE TABLE IF NOT EXISTS paragraf_server_rules (digest text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user);
SQL
}

migrate() {
    local db=$1 file base version name digest
    for file in "$migrations"/[0-9][0-9][0-9][0-9]_*.sql; do
        base=$(basename "$file" .sql)
        version=$((10#${base%%_*}))
        name=${base#*_}
        { preamble
          echo "SELECT NOT EXISTS (SELECT 1 FROM paragraf_schema_version WHERE version = $version) AS todo \\gset"
          echo "\\if :todo"
          echo "\\i '$file'"
          echo "INSERT INTO paragraf_schema_version (version, name) VALUES ($version, '$name');"
          echo "\\endif"
          echo "COMMIT;"
        } | "${psql_run[@]}" -d "$db"
    done
    digest=$(sha256sum "$migrations/roles.sql" | cut -d' ' -f1)
    { preamble
      echo "SELECT NOT EXISTS (SELECT 1 FROM paragraf_server_rules WHERE digest = '$digest') AS todo \\gset"
      echo "\\if :todo"
      echo "\\i '$migrations/roles.sql'"
      echo "DELETE FROM paragraf_server_rules;"
      echo "INSERT INTO paragraf_server_rules (digest) VALUES ('$digest');"
      echo "\\endif"
      echo "COMMIT;"
    } | "${psql_run[@]}" -d "$db"
}

add_login() {
    local db=$1 login=$2 role=$3 person=${4:-} password verifier
    shift 3
    (($# > 0)) && shift
    case "$role" in
        registry|secretary|chair|adjuster|reader) ;;
        *) echo "ROLE is registry, secretary, chair, adjuster or reader, not '$role'" >&2; exit 2 ;;
    esac
    password=$(password_for "$login")
    verifier=$(printf '%s' "$password" | scram_verifier)
    unset password
    # psql's :"name" and :'value' quote what they insert; nothing here is pasted into SQL. The
    # verifier comes on standard input (base64 and $:, never a quote), not in psql's arguments.
    { printf "\\set verifier '%s'\n" "$verifier"
      cat <<'SQL'
SET client_min_messages = warning;
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'login') AS missing \gset
\if :missing
CREATE ROLE :"login" LOGIN;
\endif
ALTER ROLE :"login" LOGIN PASSWORD :'verifier';
GRANT :"group" TO :"login";
INSERT INTO paragraf_login (login, person_id) VALUES (:'login', NULLIF(:'person', '')::bigint)
    ON CONFLICT (login) DO UPDATE SET person_id = excluded.person_id;
SQL
    } | "${psql_run[@]}" -d "$db" -v login="$login" -v group="paragraf_$role" \
        -v person="${person:-}"
    local body
    for body in "$@"; do
        "${psql_run[@]}" -d "$db" -v login="$login" -v body="$body" <<'SQL'
INSERT INTO paragraf_login_body (login, body_id) VALUES (:'login', :'body'::bigint)
    ON CONFLICT DO NOTHING;
SQL
    done
}

command=${1:-}
case "$command" in
create)
    (($# == 3)) || usage
    db=$2
    "${psql_run[@]}" -d postgres -v db="$db" <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS missing \gset
\if :missing
CREATE DATABASE :"db" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8';
\endif
SQL
    migrate "$db"
    add_login "$db" "$3" registry
    echo "Paragraf's database $db is ready; $3 is its registry login."
    ;;
add-login)
    (($# >= 4)) || usage
    shift
    add_login "$@"
    ;;
migrate)
    (($# == 2)) || usage
    migrate "$2"
    ;;
*)
    usage
    ;;
esac
