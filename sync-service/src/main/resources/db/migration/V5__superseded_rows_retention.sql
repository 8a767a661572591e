-- When a submission stopped being current (a newer content of its file, or the file vanished): the rows of
-- submissions superseded longer ago than mvi.store.superseded-rows-retention are purged at the end of a run; the
-- submission record and its findings stay as the audit trail. NULL while current. Portable SQL, as V1.

ALTER TABLE submission ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;

-- submissions superseded before this version count from now, so an upgrade never purges at once what the
-- retention promises to keep
UPDATE submission SET superseded_at = CURRENT_TIMESTAMP WHERE is_current = FALSE;

CREATE INDEX ix_submission_superseded ON submission (superseded_at);
