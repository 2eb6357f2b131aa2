-- Outreach (advertisements and visits), signals of trafficking or exploitation, and the anonymous overview.
-- Addresses and free texts are encrypted (FieldCipher); every row carries its municipality for isolation.

CREATE TABLE outreach_advertisement (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id CHAR(6)      NOT NULL,
    platform        VARCHAR(20)  NOT NULL,
    reference_enc   VARCHAR(1024) NOT NULL,
    first_seen      DATE         NOT NULL,
    last_seen       DATE         NOT NULL,
    CONSTRAINT outreach_ad_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    INDEX outreach_ad_municipality (municipality_id, last_seen)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outreach_visit (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id   CHAR(6)       NOT NULL,
    officer_account_id BIGINT       NOT NULL,
    address_enc       VARCHAR(1024) NOT NULL,
    visited_at        DATETIME(6)   NOT NULL,
    advertisement_id  BIGINT        NULL,
    first_language    VARCHAR(8)    NULL,
    outcome           VARCHAR(30)   NOT NULL,
    follow_up         DATE          NULL,
    notes_enc         VARCHAR(8192) NULL,
    request_id        BIGINT        NULL,
    CONSTRAINT outreach_visit_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT outreach_visit_ad_fk FOREIGN KEY (advertisement_id) REFERENCES outreach_advertisement (id),
    INDEX outreach_visit_municipality (municipality_id, visited_at),
    INDEX outreach_visit_follow_up (municipality_id, follow_up)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signal_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id     CHAR(6)       NOT NULL,
    region              VARCHAR(40)   NOT NULL,
    raised_by           BIGINT        NOT NULL,
    raised_at           DATETIME(6)   NOT NULL,
    request_id          BIGINT        NULL,
    visit_id            BIGINT        NULL,
    indicators          VARCHAR(1000) NOT NULL,
    description_enc     VARCHAR(8192) NULL,
    urgency             VARCHAR(10)   NOT NULL,
    escalated_at        DATETIME(6)   NULL,
    status              VARCHAR(15)   NOT NULL,
    handover_to         VARCHAR(30)   NULL,
    handover_date       DATE          NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT signal_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    INDEX signal_municipality (municipality_id, raised_at),
    INDEX signal_region (region, escalated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signal_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    signal_id   BIGINT        NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    author_role VARCHAR(20)   NOT NULL,
    text_enc    VARCHAR(8192) NOT NULL,
    CONSTRAINT signal_note_signal_fk FOREIGN KEY (signal_id) REFERENCES signal_case (id),
    INDEX signal_note_signal (signal_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Signals are never deleted.
CREATE TRIGGER signal_case_no_delete BEFORE DELETE ON signal_case FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signals are never deleted';

-- Anonymous figures per municipality and quarter, updated as things happen; they survive the retention clean-up.
CREATE TABLE overview_count (
    municipality_id CHAR(6)     NOT NULL,
    quarter         CHAR(7)     NOT NULL,
    metric          VARCHAR(40) NOT NULL,
    value           INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, quarter, metric)
) ENGINE = InnoDB;
