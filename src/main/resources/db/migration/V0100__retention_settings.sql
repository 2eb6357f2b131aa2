-- Retention for everything (issue 16). Each municipality decides how long outreach data is kept, as it already did
-- for requests and bookings; the region (one coordinator for all of Drenthe) decides for signal cases, inbox messages,
-- idle worker accounts, disabled staff accounts and the audit trail. The limits here are the same constants as in
-- the service and the settings screen (RetentionSettings, RegionRetention): no term of 0 and none that is absurd.

-- Existing terms above the new upper limits are brought down first, so the new checks hold.
UPDATE municipality SET retention_declined_months = LEAST(retention_declined_months, 24),
                        retention_ended_years = LEAST(retention_ended_years, 10),
                        retention_bookings_months = LEAST(retention_bookings_months, 60);

ALTER TABLE municipality
    DROP CONSTRAINT municipality_retention_declined_range,
    DROP CONSTRAINT municipality_retention_ended_range,
    DROP CONSTRAINT municipality_retention_bookings_range;

ALTER TABLE municipality
    ADD COLUMN retention_visit_address_weeks   INT NOT NULL DEFAULT 6,
    ADD COLUMN retention_visits_months         INT NOT NULL DEFAULT 12,
    ADD COLUMN retention_advertisements_months INT NOT NULL DEFAULT 6,
    ADD CONSTRAINT municipality_retention_declined_range CHECK (retention_declined_months BETWEEN 1 AND 24),
    ADD CONSTRAINT municipality_retention_ended_range CHECK (retention_ended_years BETWEEN 1 AND 10),
    ADD CONSTRAINT municipality_retention_bookings_range CHECK (retention_bookings_months BETWEEN 1 AND 60),
    ADD CONSTRAINT municipality_retention_visit_address_range CHECK (retention_visit_address_weeks BETWEEN 1 AND 13),
    ADD CONSTRAINT municipality_retention_visits_range CHECK (retention_visits_months BETWEEN 1 AND 60),
    ADD CONSTRAINT municipality_retention_advertisements_range CHECK (retention_advertisements_months BETWEEN 1 AND 60);

CREATE TABLE region_setting (
    region                          VARCHAR(40) NOT NULL PRIMARY KEY,
    retention_signals_months        INT         NOT NULL DEFAULT 24,
    retention_inbox_months          INT         NOT NULL DEFAULT 12,
    retention_idle_account_months   INT         NOT NULL DEFAULT 6,
    retention_idle_notice_weeks     INT         NOT NULL DEFAULT 4,
    retention_disabled_staff_months INT         NOT NULL DEFAULT 12,
    retention_audit_years           INT         NOT NULL DEFAULT 5,
    version                         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT region_retention_signals_range CHECK (retention_signals_months BETWEEN 1 AND 120),
    CONSTRAINT region_retention_inbox_range CHECK (retention_inbox_months BETWEEN 1 AND 60),
    CONSTRAINT region_retention_idle_account_range CHECK (retention_idle_account_months BETWEEN 1 AND 60),
    CONSTRAINT region_retention_idle_notice_range CHECK (retention_idle_notice_weeks BETWEEN 1 AND 26),
    CONSTRAINT region_retention_disabled_staff_range CHECK (retention_disabled_staff_months BETWEEN 1 AND 60),
    CONSTRAINT region_retention_audit_range CHECK (retention_audit_years BETWEEN 1 AND 20)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO region_setting (region) SELECT DISTINCT region FROM municipality;
