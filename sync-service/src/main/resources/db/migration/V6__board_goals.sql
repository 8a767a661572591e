-- The service's own copy of the board's goals, last read from the goals tab of the board workbook (or from the seed
-- before that workbook existed): when the board workbook the service wrote is gone, the next run writes it again
-- with these goals and this tab name instead of failing or starting again from the seed. One row per board workbook
-- (its absolute path), replaced only when the goals' fingerprint changes. goals_json is a JSON array of goals, each
-- an array of cells {header, type, value, format, formula} (see BoardGoalsJson). No row (a store from before this
-- migration, until a run has read the board workbook): a missing board workbook fails the run as before.
-- Portable SQL, as V1.

CREATE TABLE board_goals (
    path              VARCHAR(1024)    NOT NULL PRIMARY KEY,
    tab_name          VARCHAR(100)     NOT NULL,
    goals_json        VARCHAR(1000000) NOT NULL,
    goals_fingerprint VARCHAR(64)      NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
