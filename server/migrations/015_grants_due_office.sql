-- The expiry sweep's check (grants/repository.ts anyDue) and the list's ETag query (grants/list.ts)
-- ask for the earliest last valid day of an office's live grants on every request: one entry of
-- this index, whatever the number of grants and offices (grants_due, on valid_until alone, reads
-- past the other offices' live grants first).
CREATE INDEX grants_due_office ON grants (office, valid_until) WHERE status IN ('pending', 'active');
