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

-- The evidence tables stay closed to the app role (it may only INSERT and SELECT there:
-- scripts/db-roles.sql); an erasure's writes to them go through this one function, which runs
-- with the owner's rights and does nothing else: for the person `p_person` of the office the
-- transaction names, marked erased in `people` (when they have a row there), and only in the grants whose trail
-- already holds their `erased` event (so every removal is itself recorded, chained and signed).
-- It answers the rows changed per table.
CREATE FUNCTION erase_person_evidence(p_office text, p_person text, p_mailbox text, p_subjects text[])
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  ids uuid[];
  n integer;
  out jsonb := '{}';
BEGIN
  IF p_office IS DISTINCT FROM current_setting('procura.office', true) AND current_setting('procura.office', true) IS DISTINCT FROM '*'
    AND current_setting('procura.office', true) IS NOT NULL THEN
    RAISE EXCEPTION 'erase_person_evidence: another office';
  END IF;
  IF EXISTS (SELECT 1 FROM people WHERE office = p_office AND id = p_person AND erased_at IS NULL) THEN
    RAISE EXCEPTION 'erase_person_evidence: the person is not marked erased';
  END IF;
  SELECT coalesce(array_agg(g.id), '{}') INTO ids FROM grants g
    WHERE g.office = p_office AND (g.grantor_user = p_person OR g.mandatary_key = p_mailbox)
    AND EXISTS (SELECT 1 FROM grant_events e WHERE e.grant_id = g.id AND e.type = 'erased');
  UPDATE grants SET grantor_key = 'erased:' || id::text, grantor_display = ''
    WHERE id = ANY(ids) AND grantor_user = p_person AND grantor_display <> '';
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('grants', n);
  UPDATE grants SET mandatary_key = 'erased:' || id::text, mandatary = '{}'
    WHERE id = ANY(ids) AND mandatary_key = p_mailbox;
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('grants', (out->>'grants')::integer + n);
  -- The signed form's body becomes the SHA-256 the trail's `created` event recorded for it.
  UPDATE mandates m SET body = jsonb_build_object('redacted', true, 'sha256', e.data->>'mandateSha256')
    FROM grants g JOIN grant_events e ON e.grant_id = g.id AND e.seq = 1
    WHERE g.id = ANY(ids) AND m.id = g.mandate_id AND e.data ? 'mandateSha256' AND NOT (m.body ? 'redacted');
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('mandates', n);
  UPDATE grant_events SET data = jsonb_build_object('redacted', true, 'sha256', data_sha256), salt = NULL
    WHERE grant_id = ANY(ids) AND salt IS NOT NULL AND type <> 'erased';
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('grant_events', n);
  DELETE FROM documents WHERE mandate_id IN (SELECT mandate_id FROM grants WHERE id = ANY(ids));
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('documents', n);
  DELETE FROM sealed_documents WHERE mandate_id IN (SELECT mandate_id FROM grants WHERE id = ANY(ids));
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('sealed_documents', n);
  DELETE FROM grant_receipts WHERE grant_id = ANY(ids);
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('grant_receipts', n);
  -- A consent record keeps the SHA-256 its receipt and the global checkpoint cover.
  UPDATE consent_records SET body = jsonb_build_object('redacted', true, 'sha256', record_sha256),
    subject = NULL, principal = '', receipt = NULL
    WHERE office = p_office AND (principal = p_person OR subject = ANY(p_subjects))
    AND record_sha256 IS NOT NULL AND NOT (body ? 'redacted');
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('consent_records', n);
  DELETE FROM decisions WHERE office = p_office AND principal = p_person;
  GET DIAGNOSTICS n = ROW_COUNT; out := out || jsonb_build_object('decisions', n);
  RETURN out;
END
$$;
