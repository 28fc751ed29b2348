-- The sealed copy of each accepted PDF (PAdES, server/proof/seal.ts). The client's original stays
-- in `documents`, unchanged: its SHA-256 is what both parties signed, and the seal's reason and
-- the trail's creation event name it. Written once, never updated (the app role may only
-- INSERT and SELECT here on PostgreSQL: scripts/db-roles.sql).
CREATE TABLE sealed_documents (
  mandate_id uuid PRIMARY KEY REFERENCES mandates (id),
  original_sha256 text NOT NULL,
  sha256 text NOT NULL,
  level text NOT NULL CHECK (level IN ('B-B', 'B-T')),
  sealed_at timestamptz NOT NULL,
  bytes bytea NOT NULL
);
