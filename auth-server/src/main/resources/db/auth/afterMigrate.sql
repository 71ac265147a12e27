-- Flyway's history belongs to the tables' owner alone: the service's own role (deploy/postgres/roles.sql),
-- given the rows of every table the owner creates, loses this one again after each migration.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'auth_server') AND current_user <> 'auth_server' THEN
    REVOKE ALL ON flyway_schema_history FROM auth_server;
  END IF;
END $$;
