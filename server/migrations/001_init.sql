-- The reference server's tables. One dialect for PGlite and PostgreSQL 15+.

CREATE TABLE sessions (
  -- Only the token's SHA-256 is kept: a copy of this table does not sign anyone in.
  token_hash text PRIMARY KEY,
  user_id text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE mandates (
  id uuid PRIMARY KEY,
  grantor_user text NOT NULL,
  service text NOT NULL,
  body jsonb NOT NULL,
  document_sha256 text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE documents (
  mandate_id uuid PRIMARY KEY REFERENCES mandates (id),
  sha256 text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  pages integer NOT NULL,
  bytes bytea NOT NULL
);

CREATE TABLE grants (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id uuid PRIMARY KEY,
  mandate_id uuid NOT NULL REFERENCES mandates (id),
  grantor_user text NOT NULL,
  -- Normalised mailboxes (lower case, no +tag): what "the same person" means in DOMAIN.md §2.
  grantor_key text NOT NULL,
  grantor_display text NOT NULL,
  mandatary_key text NOT NULL,
  mandatary jsonb NOT NULL,
  service text NOT NULL,
  scope jsonb NOT NULL,
  requested jsonb,
  status text NOT NULL CHECK (status IN ('pending', 'active', 'revoked', 'expired', 'refused')),
  valid_until date,
  document_sha256 text NOT NULL,
  created_at timestamptz NOT NULL,
  activated_at timestamptz,
  revoked_at timestamptz,
  revoked_by text
);

-- One form per mandatary and per online service (004), enforced by the database so that two
-- simultaneous submissions cannot both pass.
CREATE UNIQUE INDEX grants_one_per_service ON grants (grantor_key, mandatary_key, lower(service))
  WHERE status IN ('pending', 'active');
CREATE INDEX grants_given ON grants (grantor_user, seq);
CREATE INDEX grants_held ON grants (mandatary_key, seq);
CREATE INDEX grants_due ON grants (valid_until) WHERE status IN ('pending', 'active');

CREATE TABLE grant_events (
  grant_id uuid NOT NULL REFERENCES grants (id),
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  data jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (grant_id, seq)
);

-- The trail is append-only: the code has no UPDATE or DELETE for it, and the database refuses them.
CREATE FUNCTION grant_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'grant_events is append-only';
END
$$;

CREATE TRIGGER grant_events_append_only BEFORE UPDATE OR DELETE ON grant_events
  FOR EACH ROW EXECUTE FUNCTION grant_events_append_only();

CREATE TABLE consent_records (
  record_id uuid PRIMARY KEY,
  subject text,
  principal text NOT NULL,
  body jsonb NOT NULL,
  collected_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX consent_records_subject ON consent_records (subject, seq);

-- No identifier of any kind, by design (DOMAIN.md §4): not even a row id.
CREATE TABLE oppositions (
  opposed boolean NOT NULL,
  source text NOT NULL,
  at timestamptz NOT NULL,
  locale text,
  site text
);

CREATE TABLE decisions (
  id uuid PRIMARY KEY,
  tree_id text NOT NULL,
  tree_version text NOT NULL,
  outcome text NOT NULL,
  answers jsonb NOT NULL,
  principal text,
  created_at timestamptz NOT NULL
);

CREATE TABLE idempotency_keys (
  principal text NOT NULL,
  route text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  -- NULL while the first request is still being handled.
  status integer,
  body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (principal, route, key)
);
