-- Erasure that keeps the proof (issue 21, GDPR art. 17). A grant event's link used to cover its
-- data itself, so erasing a name from a trail broke every later link. From here each event gets
-- a random salt, kept beside it, and its link covers `data_sha256` = SHA-256(salt ‖ canonical
-- JSON of the data) instead (server/chain.ts). Erasure replaces the data with
-- `{"redacted": true, "sha256": data_sha256}` and deletes the salt: the link still recomputes,
-- the digest says nothing of the data once the salt is gone. Events chained before this
-- migration (no salt) keep linking their data directly and cannot be redacted.
ALTER TABLE grant_events ADD COLUMN salt text;
ALTER TABLE grant_events ADD COLUMN data_sha256 text;

-- Still append-only, with one exception: the redaction above, and nothing else (same event,
-- same hashes, the data becoming exactly its recorded digest, the salt removed).
CREATE OR REPLACE FUNCTION grant_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.salt IS NOT NULL AND OLD.data_sha256 IS NOT NULL AND NEW.salt IS NULL
    AND NEW.data_sha256 = OLD.data_sha256
    AND NEW.data = jsonb_build_object('redacted', true, 'sha256', OLD.data_sha256)
    AND NEW.grant_id = OLD.grant_id AND NEW.seq = OLD.seq AND NEW.type = OLD.type AND NEW.at = OLD.at
    AND NEW.actor = OLD.actor AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
    AND NEW.office = OLD.office THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'grant_events is append-only';
END
$$;

-- The legal hold: what an erasure keeps, why (the law, in words), and until when. One table, so
-- that "everything but the hold" is a sentence a search can check. 001: a broker deletes a
-- prospect or client "dès lors qu'il n'y a pas de comptabilité enregistrée sur son compte": the
-- accounting records of the person's account are kept, 10 years from the erasure (the
-- accounting documents' keeping period, Belgian Code of economic law III.86 / French Code de
-- commerce L123-22). The reference server keeps no accounting itself: it holds here the identity
-- an accountant needs to match a record to the erased grants, and nothing else.
CREATE TABLE legal_holds (
  office text NOT NULL,
  person_id text NOT NULL,
  request_id text NOT NULL,
  what text NOT NULL,
  law text NOT NULL,
  until date NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (office, person_id, what)
);

ALTER TABLE legal_holds ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_isolation ON legal_holds
  USING (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*')
  WITH CHECK (office = current_setting('procura.office', true) OR current_setting('procura.office', true) = '*');
