-- Receipts (issue 13): what the server signed for each consent record and each grant, kept so
-- that GET /consents/{recordId}/receipt and GET /grants/{id}/receipt answer the very JWS the
-- POST answered (an idempotent replay answers it too). The receipt is a signature over data
-- that is stored elsewhere: keeping it changes no proof, losing it loses none (it can be signed
-- again), but the person's copy and ours stay byte for byte the same.

-- The SHA-256 of the record's canonical JSON as stored (body with the server's subject), and
-- the JWS `procura-consent-receipt+jws` over it. NULL for records kept before this migration.
ALTER TABLE consent_records ADD COLUMN record_sha256 text;
ALTER TABLE consent_records ADD COLUMN receipt text;
CREATE INDEX consent_records_seq ON consent_records (seq);

-- The JWS `procura-mandate-receipt+jws` of a mandate or an access request, written by the route
-- in the transaction that creates the grant. Append-only, like the trail.
CREATE TABLE grant_receipts (
  grant_id uuid PRIMARY KEY REFERENCES grants (id),
  receipt text NOT NULL,
  created_at timestamptz NOT NULL
);
