-- Broker offices (issue 16): one server serves several offices, and every row of an office's
-- data says whose it is. Every repository filters on `office` (server/modules/scope.ts); on
-- PostgreSQL row-level security filters again (the second wall): the app role sees only the
-- rows of the office its transaction names in `procura.office` (server/store/db.ts sets it
-- from the scope), or all of them for the server's own jobs (`*`: the global checkpoint,
-- retention, the mail sender). The owner role owns the tables and so bypasses the policies
-- (migrations, PGlite, which runs as its superuser: there the WHERE is the wall).
CREATE TABLE offices (
  id text PRIMARY KEY,
  name text NOT NULL,
  hosts text[] NOT NULL DEFAULT '{}'
);
INSERT INTO offices (id, name) VALUES ('main', 'Cabinet principal');

ALTER TABLE sessions ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE mandates ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE documents ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE sealed_documents ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE grants ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE grant_events ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE grant_receipts ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE consent_records ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE decisions ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE idempotency_keys ADD COLUMN office text NOT NULL DEFAULT 'main';
ALTER TABLE oppositions ADD COLUMN office text NOT NULL DEFAULT 'main';
-- A grant's checkpoints carry its office; the global one (all offices) is `*`.
ALTER TABLE checkpoints ADD COLUMN office text NOT NULL DEFAULT 'main';
UPDATE checkpoints SET office = '*' WHERE scope = 'global';

-- One form per mandatary and per service within an office (004).
DROP INDEX grants_one_per_service;
CREATE UNIQUE INDEX grants_one_per_service ON grants (office, grantor_key, mandatary_key, lower(service))
  WHERE status IN ('pending', 'active');
-- The lists and their ETags (migrations/006), now within an office.
DROP INDEX grants_given;
DROP INDEX grants_held;
DROP INDEX grants_given_version;
DROP INDEX grants_held_version;
DROP INDEX grants_version;
DROP INDEX grants_given_status;
DROP INDEX grants_held_status;
DROP INDEX grants_status;
CREATE INDEX grants_given ON grants (office, grantor_user, seq);
CREATE INDEX grants_held ON grants (office, mandatary_key, seq);
CREATE INDEX grants_given_version ON grants (office, grantor_user, version);
CREATE INDEX grants_held_version ON grants (office, mandatary_key, version);
CREATE INDEX grants_version ON grants (office, version);
CREATE INDEX grants_given_status ON grants (office, grantor_user, status, seq);
CREATE INDEX grants_held_status ON grants (office, mandatary_key, status, seq);
CREATE INDEX grants_status ON grants (office, status, seq);
CREATE INDEX grants_office ON grants (office, seq);
DROP INDEX consent_records_subject;
CREATE INDEX consent_records_subject ON consent_records (office, subject, seq);

-- The second wall. `current_setting(..., true)` is NULL when nothing was set: no row then.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['sessions', 'mandates', 'documents', 'sealed_documents', 'grants', 'grant_events',
    'grant_receipts', 'consent_records', 'decisions', 'idempotency_keys', 'oppositions', 'checkpoints']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY office_isolation ON %I
      USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
      WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')$p$, t);
  END LOOP;
END
$$;
