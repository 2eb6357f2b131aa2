-- Who a request was given to, by whom and when (issue 20): the same small history per item as a visit's follow-up,
-- a care request and a signal case have (V0540), so the request's page shows its assignment history like theirs.
-- Staff ids only; it goes with the request (cascade). Changes made before this table existed are in the audit trail
-- only: nothing is reconstructed here.

CREATE TABLE recognition_request_assignment (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT      NOT NULL,
    changed_at          DATETIME(6) NOT NULL,
    assignee_account_id BIGINT      NULL,
    changed_by          BIGINT      NOT NULL,
    CONSTRAINT recognition_request_assignment_request_fk FOREIGN KEY (request_id)
        REFERENCES recognition_request (id) ON DELETE CASCADE,
    INDEX recognition_request_assignment_request (request_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
