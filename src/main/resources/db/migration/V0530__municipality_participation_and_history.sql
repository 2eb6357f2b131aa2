-- A municipality's own settings on a screen (issue 20): how many days before a recognition ends its worker is
-- reminded (until now fixed at 30 days in code), and the history of each setting (validity, reminder lead time,
-- sender name, taking part in the regional policy): who changed it (a staff id only), when, old and new value.
-- A change applies to what is done after it: a recognition already granted keeps its end date, and a reminder
-- already sent is not sent again.

ALTER TABLE municipality
    ADD COLUMN reminder_days_before INT NOT NULL DEFAULT 30,
    -- at least a day, and shorter than the shortest validity period (a month counted as 28 days)
    ADD CONSTRAINT municipality_reminder_within_validity
        CHECK (reminder_days_before >= 1 AND reminder_days_before < recognition_validity_months * 28);

CREATE TABLE municipality_setting_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id CHAR(6)      NOT NULL,
    setting         VARCHAR(40)  NOT NULL,
    old_value       VARCHAR(100) NOT NULL,
    new_value       VARCHAR(100) NOT NULL,
    -- the staff account that changed it; when that account is erased the change stays, without its author
    changed_by      BIGINT       NULL,
    changed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT municipality_setting_change_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT municipality_setting_change_author_fk FOREIGN KEY (changed_by) REFERENCES user_account (id)
        ON DELETE SET NULL,
    INDEX municipality_setting_change_by_municipality (municipality_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
