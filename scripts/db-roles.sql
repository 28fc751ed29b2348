-- PostgreSQL roles for the procura reference server (issue 13, server/README.md "Evidence").
--
--   owner  (default procura_owner): owns the tables, runs the migrations (DATABASE_OWNER_URL).
--   app    (default procura_app):   what the server serves with (DATABASE_URL). On the evidence
--          tables (grant_events, checkpoints, grant_receipts, sealed_documents, documents,
--          mandates, consent_records, notices, definitions) it may only INSERT and SELECT: no UPDATE, DELETE,
--          TRUNCATE, ALTER, DROP, and no trigger switched off (that needs the table's owner).
--          Elsewhere it gets what the server needs: grants' state columns (UPDATE), sessions
--          (DELETE), idempotency keys (UPDATE, DELETE), offices (UPDATE of name and hosts).
--          Row-level security (migrations/007_offices.sql) binds it: NOBYPASSRLS and not the
--          tables' owner, it sees and writes only the rows of the office its transaction names
--          in `procura.office` (server/store/db.ts), all of them only for `*` (the server's jobs).
--          The owner bypasses the policies (it owns the tables; no FORCE ROW LEVEL SECURITY).
--
-- Run by scripts/db-roles.sh <admin-database-url>, which fills in the names :"owner", :"app",
-- :"schema" and the passwords :'owner_password', :'app_password', and runs it twice: before
-- the migrations (roles, schema) and after them (the tables' owner and privileges). Running it
-- again is harmless; do so after an upgrade whose migration adds a table.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') THEN CREATE ROLE :"owner" LOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') THEN CREATE ROLE :"app" LOGIN; END IF;
END
$$;

ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
-- NOINHERIT and no membership: the app role never acts with the owner's rights.
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'app_password';

CREATE SCHEMA IF NOT EXISTS :"schema" AUTHORIZATION :"owner";
GRANT USAGE, CREATE ON SCHEMA :"schema" TO :"owner";
REVOKE CREATE ON SCHEMA :"schema" FROM PUBLIC;
REVOKE ALL ON SCHEMA :"schema" FROM :"app";
GRANT USAGE ON SCHEMA :"schema" TO :"app";

-- Tables a later migration creates: INSERT and SELECT only, until this script says more.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA :"schema" GRANT SELECT, INSERT ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA :"schema" GRANT USAGE, SELECT ON SEQUENCES TO :"app";

-- The tables that exist now: owned by the owner (a database made before the roles existed is
-- taken over), the app's privileges reset to INSERT and SELECT, then the few it needs more.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = :'schema' AND c.relkind IN ('r', 'p', 'S')
  LOOP
    IF t.relkind = 'S' THEN
      EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO %I', :'schema', t.relname, :'owner');
      EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I.%I TO %I', :'schema', t.relname, :'app');
    ELSE
      EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', :'schema', t.relname, :'owner');
      EXECUTE format('REVOKE ALL ON TABLE %I.%I FROM PUBLIC, %I', :'schema', t.relname, :'app');
      EXECUTE format('GRANT SELECT, INSERT ON TABLE %I.%I TO %I', :'schema', t.relname, :'app');
    END IF;
  END LOOP;
  -- Each function by its full signature (migrations/013's erase_person_evidence takes arguments).
  FOR t IN SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = :'schema'
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', t.signature, :'owner');
  END LOOP;
  -- A grant's state changes (activate, revoke, refuse, change, expire); its parties and documents never do.
  IF to_regclass(format('%I.grants', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE (status, activated_at, revoked_at, revoked_by, scope, service, valid_until, requested) ON %I.grants TO %I', :'schema', :'app');
  END IF;
  IF to_regclass(format('%I.sessions', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT DELETE ON %I.sessions TO %I', :'schema', :'app');
  END IF;
  -- The offices createApp({ offices }) names are written at start (their name and host names).
  IF to_regclass(format('%I.offices', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE (name, hosts) ON %I.offices TO %I', :'schema', :'app');
  END IF;
  -- People (migrations/011): corrected, disabled, enabled, erased, their last activity; staff_events stay insert-only.
  IF to_regclass(format('%I.people', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE (data, disabled_at, disabled_by, last_seen_at, erased_at) ON %I.people TO %I', :'schema', :'app');
  END IF;
  IF to_regclass(format('%I.idempotency_keys', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE, DELETE ON %I.idempotency_keys TO %I', :'schema', :'app');
  END IF;
  -- Mail (migrations/008): the sender claims and marks rows; an invitation is used once, or ended with its grant.
  IF to_regclass(format('%I.mail_outbox', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE (status, attempts, next_attempt_at, sent_at, last_error, params), DELETE ON %I.mail_outbox TO %I', :'schema', :'app');
    EXECUTE format('GRANT UPDATE (used_at, expires_at), DELETE ON %I.invitations TO %I', :'schema', :'app');
  END IF;
  -- Shared rate limits (one UPSERT per request) and the scheduled jobs' last runs (migrations/009);
  -- retention deletes cookie oppositions past 13 months (server/jobs/retention.ts).
  IF to_regclass(format('%I.rate_buckets', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE, DELETE ON %I.rate_buckets TO %I', :'schema', :'app');
    EXECUTE format('GRANT UPDATE ON %I.job_runs TO %I', :'schema', :'app');
    EXECUTE format('GRANT DELETE ON %I.oppositions TO %I', :'schema', :'app');
  END IF;
  -- Rights requests (migrations/012): the broker extends and answers; an erasure blanks what the person sent.
  IF to_regclass(format('%I.rights_requests', :'schema')) IS NOT NULL THEN
    EXECUTE format('GRANT UPDATE (due_at, extension, answer, answer_receipt, value, note, attachment, attachment_meta) ON %I.rights_requests TO %I', :'schema', :'app');
  END IF;
  -- Erasure (migrations/013): the evidence tables stay INSERT and SELECT; the app may only call
  -- erase_person_evidence, which runs as the owner and writes only what an erasure recorded in the trail.
  IF to_regprocedure(format('%I.erase_person_evidence(text, text, text, text[])', :'schema')) IS NOT NULL THEN
    EXECUTE format('REVOKE ALL ON FUNCTION %I.erase_person_evidence(text, text, text, text[]) FROM PUBLIC', :'schema');
    EXECUTE format('GRANT EXECUTE ON FUNCTION %I.erase_person_evidence(text, text, text, text[]) TO %I', :'schema', :'app');
  END IF;
END
$$;
