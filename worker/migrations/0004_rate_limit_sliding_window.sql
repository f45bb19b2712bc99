-- The rate limit becomes a sliding window: the previous window's count is kept beside the current
-- one, and a request is weighed against the previous count scaled by how much of that window still
-- overlaps the last minute. A fixed window let twice the limit through across a minute boundary.
ALTER TABLE rate_limits ADD COLUMN previous_count INTEGER NOT NULL DEFAULT 0;
