-- The database roles of eventdesign, least privilege (PostgreSQL 15 or later). Idempotent: run it as a
-- superuser in the projections database before the services start, then give the three login roles
-- passwords (docker-compose's init script and the local run do both; docs/security.md, Deployment):
--   eventdesign_owner    owns the schemas and tables: Flyway's migrations (spring.flyway.user) and
--                        projection-service's online table rebuilds connect as it; no service runs as it.
--   projection_service   reads and writes the read models' rows (schema public), nothing else.
--   auth_server          reads and writes the accounts' rows (schema auth), nothing else.
-- None is a superuser or may create roles or databases. Default privileges give the service roles the
-- rows of every table the owner creates later (a migration, or a rebuilt table replacing the live one);
-- each service's migrations then take Flyway's own history table back from them (afterMigrate.sql).

DO $$
DECLARE
  role text;
BEGIN
  FOREACH role IN ARRAY ARRAY['eventdesign_owner', 'projection_service', 'auth_server'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role) THEN
      EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION', role);
    END IF;
  END LOOP;
END $$;

-- The owner's schemas: public (the read models) and auth (the authorization server's accounts).
ALTER SCHEMA public OWNER TO eventdesign_owner;
CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION eventdesign_owner;
ALTER SCHEMA auth OWNER TO eventdesign_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA auth FROM PUBLIC;

-- Tables made before these roles existed (a database the services used as one role) go to the owner.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT schemaname, tablename FROM pg_tables
      WHERE schemaname IN ('public', 'auth') AND tableowner <> 'eventdesign_owner' LOOP
    EXECUTE format('ALTER TABLE %I.%I OWNER TO eventdesign_owner', t.schemaname, t.tablename);
  END LOOP;
END $$;

GRANT USAGE ON SCHEMA public TO projection_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO projection_service;
ALTER DEFAULT PRIVILEGES FOR ROLE eventdesign_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO projection_service;

GRANT USAGE ON SCHEMA auth TO auth_server;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA auth TO auth_server;
ALTER DEFAULT PRIVILEGES FOR ROLE eventdesign_owner IN SCHEMA auth
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO auth_server;
