-- Rows are stored in blocks of consecutive rows of one tab of one submission (up to 500 rows), a line
-- '#<sheet row>' before each row's key=value lines: one database row per block instead of per sheet row, so a
-- submission is stored and read in a few statements. Portable SQL, as V1.

CREATE TABLE submission_rows (
    submission_id BIGINT          NOT NULL REFERENCES submission (id),
    tab_key       VARCHAR(50)     NOT NULL,
    block         INTEGER         NOT NULL,
    row_count     INTEGER         NOT NULL,
    payload       VARCHAR(1000000) NOT NULL,
    CONSTRAINT pk_submission_rows PRIMARY KEY (submission_id, tab_key, block)
);

-- Rows stored by V1 become blocks of one row each, in their old order (sheet row, then sequence).
INSERT INTO submission_rows (submission_id, tab_key, block, row_count, payload)
SELECT submission_id, tab_key,
       ROW_NUMBER() OVER (PARTITION BY submission_id, tab_key ORDER BY sheet_row, seq),
       1,
       CASE WHEN payload = '' THEN '#' || CAST(sheet_row AS VARCHAR(11))
            ELSE '#' || CAST(sheet_row AS VARCHAR(11)) || '
' || payload END
FROM submission_row;

DROP TABLE submission_row;
