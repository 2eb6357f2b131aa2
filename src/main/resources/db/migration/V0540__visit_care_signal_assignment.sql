-- Assignment beyond requests (issue 20): a visit's follow-up and a care request can be assigned to one officer of
-- their municipality, an escalated signal case to one regional coordinator. Who owns it is a staff id; each change
-- (assigned or released, by whom, when) is kept in a small history per item that goes with the item (cascade), and
-- the audit trail records it as well.

ALTER TABLE outreach_visit
    ADD COLUMN assignee_account_id BIGINT NULL,
    ADD CONSTRAINT outreach_visit_assignee_fk FOREIGN KEY (assignee_account_id) REFERENCES user_account (id)
        ON DELETE SET NULL,
    ADD INDEX outreach_visit_assignee (municipality_id, assignee_account_id);

CREATE TABLE outreach_visit_assignment (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id            BIGINT      NOT NULL,
    changed_at          DATETIME(6) NOT NULL,
    assignee_account_id BIGINT      NULL,
    changed_by          BIGINT      NOT NULL,
    CONSTRAINT outreach_visit_assignment_visit_fk FOREIGN KEY (visit_id) REFERENCES outreach_visit (id)
        ON DELETE CASCADE,
    INDEX outreach_visit_assignment_visit (visit_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE care_request
    ADD COLUMN assignee_account_id BIGINT NULL,
    ADD CONSTRAINT care_request_assignee_fk FOREIGN KEY (assignee_account_id) REFERENCES user_account (id)
        ON DELETE SET NULL,
    ADD INDEX care_request_assignee (municipality_id, assignee_account_id);

CREATE TABLE care_request_assignment (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    care_request_id     BIGINT      NOT NULL,
    changed_at          DATETIME(6) NOT NULL,
    assignee_account_id BIGINT      NULL,
    changed_by          BIGINT      NOT NULL,
    CONSTRAINT care_request_assignment_request_fk FOREIGN KEY (care_request_id) REFERENCES care_request (id)
        ON DELETE CASCADE,
    INDEX care_request_assignment_request (care_request_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE signal_case
    ADD COLUMN assignee_account_id BIGINT NULL,
    ADD CONSTRAINT signal_case_assignee_fk FOREIGN KEY (assignee_account_id) REFERENCES user_account (id)
        ON DELETE SET NULL,
    ADD INDEX signal_case_assignee (region, assignee_account_id);

CREATE TABLE signal_case_assignment (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    signal_id           BIGINT      NOT NULL,
    changed_at          DATETIME(6) NOT NULL,
    assignee_account_id BIGINT      NULL,
    changed_by          BIGINT      NOT NULL,
    CONSTRAINT signal_case_assignment_signal_fk FOREIGN KEY (signal_id) REFERENCES signal_case (id)
        ON DELETE CASCADE,
    INDEX signal_case_assignment_signal (signal_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
