-- Mail (issue 16, 004: credentials sent split). The outbox is written in the transaction that
-- changes a grant, so a rolled-back change sends nothing; the sender (modules/mail/sender.ts)
-- claims due rows with FOR UPDATE SKIP LOCKED, so N processes never send one row twice.
-- `params` holds what the template needs (no more); the invitation's token is stored only as
-- its SHA-256 in `invitations`, its link only in the queued message.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  office text NOT NULL,
  to_address text NOT NULL,
  lang text NOT NULL,
  template text NOT NULL,
  params jsonb NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text
);
-- The sender's claim: due queued rows, oldest first.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'queued';
-- The demo mailbox and retention (sent after 90 days, failed after 30): per office, by time.
CREATE INDEX mail_outbox_office ON mail_outbox (office, status, created_at);

CREATE TABLE invitations (
  token_sha256 text PRIMARY KEY,
  office text NOT NULL,
  grant_id uuid NOT NULL,
  mailbox_key text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX invitations_grant ON invitations (office, grant_id);

-- The second wall, as migrations/007 sets it on every other table.
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_isolation ON mail_outbox
  USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
  WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*');
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_isolation ON invitations
  USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
  WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*');
