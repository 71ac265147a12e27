#!/bin/sh
# Gives the roles of roles.sql their passwords, from the container's environment (docker-compose.yml runs
# both from /docker-entrypoint-initdb.d when the database is first created).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner="$EVENTDESIGN_DB_OWNER_PASSWORD" \
  -v projection="$EVENTDESIGN_DB_PROJECTION_PASSWORD" \
  -v auth="$EVENTDESIGN_DB_AUTH_PASSWORD" <<'SQL'
ALTER ROLE eventdesign_owner PASSWORD :'owner';
ALTER ROLE projection_service PASSWORD :'projection';
ALTER ROLE auth_server PASSWORD :'auth';
SQL
