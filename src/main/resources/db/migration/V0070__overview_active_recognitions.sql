-- Active recognitions per municipality: a running count kept as recognitions are granted and end (no reference
-- to any request). Each change also writes the count into overview_count for the current quarter
-- (metric ACTIVE_RECOGNITIONS), so a quarter shows the count as it stood at its last change.
CREATE TABLE overview_active (
    municipality_id CHAR(6) NOT NULL PRIMARY KEY,
    value           INT     NOT NULL DEFAULT 0
) ENGINE = InnoDB;

-- Start from what is there now (a portal upgraded with recognitions in place).
INSERT INTO overview_active (municipality_id, value)
SELECT municipality_id, COUNT(*) FROM recognition_request WHERE status = 'RECOGNISED' GROUP BY municipality_id;

INSERT INTO overview_count (municipality_id, quarter, metric, value)
SELECT municipality_id, CONCAT(YEAR(CURDATE()), '-Q', QUARTER(CURDATE())), 'ACTIVE_RECOGNITIONS', value
FROM overview_active;
