-- More than one server process on one PostgreSQL (issue 16): what they must share besides the
-- sessions and idempotency keys already in the database.

-- Token buckets of the rate limits (server/http/rate-limit.ts), one row per bucket, taken with
-- one UPSERT per request. `key` is the SHA-256 of the bucket's name (an address or a session
-- token is never stored as such). The limits are the server's, across offices: `office` is `*`.
-- PGlite (one process) keeps its buckets in memory and leaves this table empty.
CREATE TABLE rate_buckets (
  office text NOT NULL DEFAULT '*',
  key text NOT NULL,
  tokens double precision NOT NULL,
  at timestamptz NOT NULL,
  -- Whether the last request taken from this bucket was allowed.
  taken boolean NOT NULL,
  PRIMARY KEY (office, key)
);
CREATE INDEX rate_buckets_at ON rate_buckets (at);

-- Scheduled jobs (server/jobs/scheduler.ts): when each last ran, so that with N processes a job
-- due once a day runs once a day (the advisory lock keeps two from running it at once).
-- Counts only in `result`, never personal data.
CREATE TABLE job_runs (
  office text NOT NULL DEFAULT '*',
  name text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  result jsonb,
  PRIMARY KEY (office, name)
);
