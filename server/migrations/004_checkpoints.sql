-- Signed checkpoints (issue 13): after every event the server signs the head of that grant's
-- trail (scope `grant:<uuid>`), and at start, daily and at shutdown the head of everything
-- (scope `global`), each a compact JWS `procura-checkpoint+jws` made with the proof key, which
-- never enters the database. Someone who rewrites events and recomputes their hashes cannot
-- make a matching checkpoint; verification compares the trail with the latest one.
-- Insert-only: the database refuses UPDATE and DELETE, and on PostgreSQL the app role may only
-- INSERT and SELECT here (scripts/db-roles.sql).
CREATE TABLE checkpoints (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scope text NOT NULL,
  seq integer NOT NULL,
  head text NOT NULL,
  at timestamptz NOT NULL,
  jws text NOT NULL
);
CREATE INDEX checkpoints_scope ON checkpoints (scope, id);

CREATE FUNCTION checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'checkpoints is append-only';
END
$$;

CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE ON checkpoints
  FOR EACH ROW EXECUTE FUNCTION checkpoints_append_only();
