-- People and staff accounts (issue 21, R1). `people` is the directory as the server holds it:
-- seeded at start from the directory given to createApp (INSERT … ON CONFLICT DO NOTHING, so a
-- correction made here survives a restart), corrected on a rectification request, marked erased.
-- A staff account is disabled here (001, 004: a leaver's login is removed at once): every
-- session of a disabled or erased person resolves to nobody (server/auth.ts joins this table).
CREATE TABLE people (
  office text NOT NULL,
  id text NOT NULL,
  data jsonb NOT NULL,
  disabled_at timestamptz,
  disabled_by text,
  last_seen_at timestamptz,
  erased_at timestamptz,
  PRIMARY KEY (office, id)
);

-- A staff account's trail (disabled, enabled): hash-chained like a grant's (server/chain.ts,
-- `grantId` = 'staff:' || person_id), insert-only for the app role.
CREATE TABLE staff_events (
  office text NOT NULL,
  person_id text NOT NULL,
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  data jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (office, person_id, seq)
);

CREATE INDEX sessions_user ON sessions (office, user_id);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['people', 'staff_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY office_isolation ON %I
      USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
      WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')$p$, t);
  END LOOP;
END
$$;
