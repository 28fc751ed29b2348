-- The person's rights requests (issue 21, GDPR art. 12 and 15 to 21): what a person asked for
-- (`POST /requests`), the proof file they joined, the broker's one-month clock (`due_at`, pushed to
-- three months once by `extension`, art. 12(3)) and the answer. Each request and each answer has a
-- signed receipt (`procura-rights-receipt+jws`), kept as issued so the person's copy can be read again.
-- Erasure (server/modules/rights/erase.ts) blanks `value`, `note` and `attachment` of an erased
-- person's rows; the receipts are the request's own proof.
CREATE TABLE rights_requests (
  office text NOT NULL,
  id uuid NOT NULL,
  person_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction', 'objection')),
  field text,
  value text,
  note text,
  attachment bytea,
  -- { filename, mediaType, sha256, size }
  attachment_meta jsonb,
  received_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  -- { reason, at, by }
  extension jsonb,
  -- RightsAnswer: { outcome, code?, note?, changes?, at, by }
  answer jsonb,
  request_receipt text NOT NULL,
  answer_receipt text,
  PRIMARY KEY (office, id)
);
CREATE INDEX rights_requests_person ON rights_requests (office, person_id, received_at);
CREATE INDEX rights_requests_due ON rights_requests (office, due_at) WHERE answer IS NULL;

-- The second wall, as migrations/007 sets it on every other table of an office's data.
ALTER TABLE rights_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_isolation ON rights_requests
  USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
  WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*');
