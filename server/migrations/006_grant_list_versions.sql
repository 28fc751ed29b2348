-- The grants list under load (issue 19): a version per grant row, so that a list's ETag is one
-- index lookup (the highest version among the rows a person sees) instead of building the page.
-- Every INSERT and UPDATE takes the next value of one sequence: any change to a grant a person
-- sees raises the highest version of their list, and a new grant does too. The sequence is not
-- owned by the table, so TRUNCATE (demo reset) never makes an old version come back.
-- Versions must be taken in commit order, or a reader could see version 101 committed while 100
-- is still in flight, and keep 101's ETag for a list that changes when 100 commits: so the
-- trigger takes a transaction lock first (7213; 7211 migrations, 7212 global checkpoints), held
-- until commit. Grant writes are few (a submission, a state change, the daily expiry); a code
-- path that also locks grant rows takes this lock before them (modules/grants/repository.ts).
CREATE SEQUENCE grants_version_seq;
ALTER TABLE grants ADD COLUMN version bigint NOT NULL DEFAULT nextval('grants_version_seq');

CREATE FUNCTION grants_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7213);
  NEW.version := nextval('grants_version_seq');
  RETURN NEW;
END
$$;

CREATE TRIGGER grants_next_version BEFORE INSERT OR UPDATE ON grants
  FOR EACH ROW EXECUTE FUNCTION grants_next_version();

-- The ETag lookups: the highest version among a grantor's, a mandatary's, or all grants.
CREATE INDEX grants_given_version ON grants (grantor_user, version);
CREATE INDEX grants_held_version ON grants (mandatary_key, version);
CREATE INDEX grants_version ON grants (version);

-- The list filtered by status, newest first (the unfiltered lists use grants_given, grants_held
-- and the unique index on seq).
CREATE INDEX grants_given_status ON grants (grantor_user, status, seq);
CREATE INDEX grants_held_status ON grants (mandatary_key, status, seq);
CREATE INDEX grants_status ON grants (status, seq);
