-- The notice texts a consent record names by hash (issue 16: consent proof, "the notice texts by
-- hash"). `<procura-consent>` hashes the canonical JSON of what the person reads (its
-- `noticeSha256`) and sends that notice once (PUT /notices/{sha256}); the server recomputes the
-- hash and keeps the text exactly as hashed, so anyone can check sha256(text) = sha256 again.
-- A notice carries no personal data (who the controller is, the purposes' texts, the rights).
-- Evidence: the app role may only INSERT and SELECT (scripts/db-roles.sql).
CREATE TABLE notices (
  office text NOT NULL,
  sha256 text NOT NULL,
  text text NOT NULL,
  first_seen timestamptz NOT NULL,
  PRIMARY KEY (office, sha256)
);

-- The second wall, as migrations/007 sets it on every other table of an office's data.
ALTER TABLE notices ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_isolation ON notices
  USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
  WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*');
