-- When each source was last listed by a run. A file that is not deleted was last seen at the later of its own
-- last_seen_at (set when it was stored) and its source's listed_at: a run records one time per source instead of
-- updating the row of every file it skipped. A file marked deleted takes its source's listed_at of the run before,
-- so it keeps the time it was last really seen. Portable SQL, as V1.

CREATE TABLE source_listing (
    source_id VARCHAR(100) NOT NULL PRIMARY KEY,
    listed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
