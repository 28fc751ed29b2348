-- Published definitions (issue 17, the studio): a questionnaire tree, a consent configuration,
-- a cookie-opposition or mandate-form configuration, published by an administrator of the office
-- as a new immutable version with the SHA-256 of its canonical JSON. The elements load them by
-- `src` (GET /definitions/{id}) and the records made from one (a consent, a decision) name its
-- id, version and hash. This table is also the publish log (who published what, when, and why).
-- Evidence: the app role may only INSERT and SELECT (scripts/db-roles.sql): a version is never changed.
CREATE TABLE definitions (
  office text NOT NULL,
  id text NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  kind text NOT NULL CHECK (kind IN ('tree', 'consent', 'cookie-opposition', 'mandate-form')),
  sha256 text NOT NULL,
  definition jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  published_by text NOT NULL,
  note text,
  PRIMARY KEY (office, id, version)
);
CREATE INDEX definitions_sha256 ON definitions (office, id, sha256);

-- The second wall, as migrations/007 sets it on every other table of an office's data.
ALTER TABLE definitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_isolation ON definitions
  USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
  WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*');

-- A decision made from a published tree keeps which one (id, version, sha256); a consent record
-- keeps it in its body (the receipt signs it with the rest).
ALTER TABLE decisions ADD COLUMN definition jsonb;

