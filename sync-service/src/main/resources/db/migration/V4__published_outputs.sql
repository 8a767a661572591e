-- What a run wrote to each output file: its size, SHA-256 (hex, computed while writing) and modification time just
-- after it was moved into place. The next run compares the file on disk with this row, so an output that was
-- emptied, damaged, replaced by another file or by a folder is written again instead of being taken as up to date.
-- One row per output path (the absolute path of the target), replaced on every write. No row (a store from before
-- this migration): the output is written once more, as nothing says it is the one the service wrote.
-- Portable SQL, as V1.

CREATE TABLE published_output (
    path          VARCHAR(1024) NOT NULL PRIMARY KEY,
    size_bytes    BIGINT        NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    written_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
