-- Alerts for staff (notification module): what is theirs to act on, as a notice in the portal and, by their own
-- choice per kind, a discreet mail at once, a daily digest, or nothing by mail. A notice holds what it is about
-- (a kind, the kind of thing and its id, the municipality) and never a name, number or address. The staff member's
-- work address is the account's own e-mail column (encrypted like every address, see V0031).

CREATE TABLE staff_alert (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    subject_type    VARCHAR(20) NOT NULL,   -- REQUEST, SIGNAL, SESSION, VISIT, CARE
    subject_id      BIGINT      NOT NULL,
    municipality_id CHAR(6)     NULL,
    created_at      DATETIME(6) NOT NULL,
    read_at         DATETIME(6) NULL,
    digest_due      BOOLEAN     NOT NULL DEFAULT FALSE,  -- waits for the next daily digest mail
    CONSTRAINT staff_alert_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX staff_alert_by_account (account_id, created_at),
    INDEX staff_alert_digest (digest_due, account_id),
    INDEX staff_alert_age (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each staff member's choice per kind; a kind without a row gets its default (AlertKind).
CREATE TABLE staff_alert_choice (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    delivery   VARCHAR(12) NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT staff_alert_choice_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id)
        ON DELETE CASCADE,
    CONSTRAINT staff_alert_choice_delivery CHECK (delivery IN ('AT_ONCE', 'DAILY_DIGEST', 'PORTAL_ONLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
