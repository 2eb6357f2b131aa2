-- Issue 20: the reasons an officer may choose (decline, revoke, end) and the extra intake checklist items, per
-- municipality with region defaults, set on a screen (decision 0051). An entry is never changed in place: a change
-- is a new row of the same lineage and the old row is archived, so a decision that names a row keeps the reason and
-- the text it was taken with. A row without municipality is a region default; the built-in defaults carry a
-- translation key instead of their own text.

CREATE TABLE reason_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lineage         CHAR(36)     NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    municipality_id CHAR(6)      NULL,
    category        VARCHAR(30)  NULL,
    text_key        VARCHAR(80)  NULL,
    text_nl         VARCHAR(200) NULL,
    text_en         VARCHAR(200) NULL,
    required        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)  NOT NULL,
    archived_at     DATETIME(6)  NULL,
    CONSTRAINT reason_entry_kind CHECK (kind IN ('DECLINE', 'REVOKE', 'END', 'CHECK')),
    CONSTRAINT reason_entry_has_text CHECK (text_key IS NOT NULL OR (text_nl IS NOT NULL AND text_en IS NOT NULL)),
    CONSTRAINT reason_entry_category CHECK (kind = 'CHECK' OR category IS NOT NULL),
    CONSTRAINT reason_entry_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    INDEX reason_entry_scope (kind, municipality_id, archived_at),
    INDEX reason_entry_lineage (lineage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A region default that a municipality has switched off for itself.
CREATE TABLE reason_default_off (
    municipality_id CHAR(6)     NOT NULL,
    lineage         CHAR(36)    NOT NULL,
    switched_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (municipality_id, lineage),
    CONSTRAINT reason_default_off_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when: the history on the screen. The staff id is removed after the region's audit term.
CREATE TABLE reason_history (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id CHAR(6)     NULL,
    entry_id        BIGINT      NOT NULL,
    action          VARCHAR(20) NOT NULL,
    staff_id        BIGINT      NULL,
    changed_at      DATETIME(6) NOT NULL,
    CONSTRAINT reason_history_entry FOREIGN KEY (entry_id) REFERENCES reason_entry (id),
    INDEX reason_history_scope (municipality_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answers to the extra checklist items, per request, naming the item's version as it read then.
CREATE TABLE checklist_answer (
    request_id  BIGINT      NOT NULL,
    phase       VARCHAR(10) NOT NULL,
    entry_id    BIGINT      NOT NULL,
    ticked      BOOLEAN     NOT NULL,
    answered_at DATETIME(6) NOT NULL,
    PRIMARY KEY (request_id, phase, entry_id),
    CONSTRAINT checklist_answer_request FOREIGN KEY (request_id) REFERENCES recognition_request (id) ON DELETE CASCADE,
    CONSTRAINT checklist_answer_entry FOREIGN KEY (entry_id) REFERENCES reason_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The decision names the catalogue row it was taken with.
ALTER TABLE recognition_request ADD COLUMN decline_reason_entry BIGINT NULL,
    ADD COLUMN end_reason_entry BIGINT NULL;
ALTER TABLE recognition_revocation ADD COLUMN reason_entry BIGINT NULL;

-- The built-in region defaults: the translated reasons of before.
INSERT INTO reason_entry (lineage, kind, category, text_key, created_at) VALUES
    (UUID(), 'DECLINE', 'UNDER_AGE', 'recognition.decline.UNDER_AGE', UTC_TIMESTAMP(6)),
    (UUID(), 'DECLINE', 'NOT_VOLUNTARY', 'recognition.decline.NOT_VOLUNTARY', UTC_TIMESTAMP(6)),
    (UUID(), 'DECLINE', 'NOT_IN_MUNICIPALITY', 'recognition.decline.NOT_IN_MUNICIPALITY', UTC_TIMESTAMP(6)),
    (UUID(), 'DECLINE', 'NO_SEX_WORK_AT_ADDRESS', 'recognition.decline.NO_SEX_WORK_AT_ADDRESS', UTC_TIMESTAMP(6)),
    (UUID(), 'DECLINE', 'NO_INTAKE_POSSIBLE', 'recognition.decline.NO_INTAKE_POSSIBLE', UTC_TIMESTAMP(6)),
    (UUID(), 'DECLINE', 'OTHER', 'recognition.decline.OTHER', UTC_TIMESTAMP(6)),
    (UUID(), 'REVOKE', 'NO_LONGER_AT_ADDRESS', 'lifecycle.revoke.NO_LONGER_AT_ADDRESS', UTC_TIMESTAMP(6)),
    (UUID(), 'REVOKE', 'RULES_NOT_FOLLOWED', 'lifecycle.revoke.RULES_NOT_FOLLOWED', UTC_TIMESTAMP(6)),
    (UUID(), 'REVOKE', 'INCORRECT_INFORMATION', 'lifecycle.revoke.INCORRECT_INFORMATION', UTC_TIMESTAMP(6)),
    (UUID(), 'REVOKE', 'NOT_VOLUNTARY', 'lifecycle.revoke.NOT_VOLUNTARY', UTC_TIMESTAMP(6)),
    (UUID(), 'REVOKE', 'OTHER', 'lifecycle.revoke.OTHER', UTC_TIMESTAMP(6)),
    (UUID(), 'END', 'STOPPED', 'recognition.end.STOPPED', UTC_TIMESTAMP(6));
