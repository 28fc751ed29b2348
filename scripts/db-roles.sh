#!/usr/bin/env bash
# Sets up the PostgreSQL owner and app roles (scripts/db-roles.sql), runs the migrations as the
# owner, and prints DATABASE_OWNER_URL and DATABASE_URL for the server:
#   scripts/db-roles.sh postgres://admin@host:5432/procura [owner-role] [app-role]
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --import tsx scripts/db-roles.ts "$@"
