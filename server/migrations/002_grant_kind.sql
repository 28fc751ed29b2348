-- A grant is a mandate (someone acts for the grantor) or an access request (the person's own
-- access to their client space, 000 first row: no mandatary, the requester holds it). Both keep
-- their signed form in `mandates` and their PDF in `documents`, and follow the same life cycle.
ALTER TABLE grants ADD COLUMN kind text NOT NULL DEFAULT 'mandate' CHECK (kind IN ('mandate', 'access-request'));
