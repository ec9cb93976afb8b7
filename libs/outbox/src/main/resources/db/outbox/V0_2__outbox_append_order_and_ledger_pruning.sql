-- The relay publishes in append order: a sequence, not occurred_at (two appends may share a clock reading, and a
-- clock may step back). Events pending when this runs are numbered in no particular order.
ALTER TABLE outbox_event ADD COLUMN seq bigserial NOT NULL;
CREATE UNIQUE INDEX outbox_event_seq ON outbox_event (seq);
DROP INDEX outbox_event_occurred_at;

-- ProcessedEvents.pruneProcessedBefore deletes by age.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
