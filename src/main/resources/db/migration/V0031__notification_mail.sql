-- Mail: the worker's address on the account, the mail outbox, single-use tokens, and per-booking calendar state.

-- An optional e-mail address on a (worker) account. email_lookup is a hash of the normalised address so a
-- password reset can find the account without scanning; email_confirmed says the worker proved it is theirs.
ALTER TABLE user_account
    ADD COLUMN email           VARCHAR(512) NULL,
    ADD COLUMN email_lookup    CHAR(64)     NULL,
    ADD COLUMN email_confirmed BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD INDEX user_account_email_lookup (email_lookup);

-- The outbox. No address is stored here: the sender resolves it from the account at the moment of sending, so
-- an address the worker removes is never used again. last_error holds an error class or SMTP code, never text
-- that could contain an address.
CREATE TABLE notification_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    template        VARCHAR(40)   NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    arguments       VARCHAR(2000) NOT NULL,  -- JSON array of strings
    municipality_id CHAR(6)       NULL,      -- whose sender name the mail carries
    calendar        MEDIUMTEXT    NULL,      -- an iCalendar attachment (GGD appointment: time and place only)
    to_unconfirmed  BOOLEAN       NOT NULL DEFAULT FALSE,  -- only the mail that confirms a new address
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_until     DATETIME(6)   NULL,
    claimed_by      VARCHAR(64)   NULL,
    last_error      VARCHAR(200)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT notification_mail_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT notification_mail_status_valid CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DEAD')),
    INDEX notification_mail_due (status, next_attempt_at),
    INDEX notification_mail_lease (status, lease_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use tokens (confirm an address, reset a password), stored as SHA-256 hashes only.
CREATE TABLE notification_token (
    token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    purpose      VARCHAR(20) NOT NULL,
    email_lookup CHAR(64)    NULL,  -- the address a confirmation is for; a later change makes the token useless
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    CONSTRAINT notification_token_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT notification_token_purpose_valid CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the calendar invitations of a GGD booking need: a stable UID (from booking_ref), the SEQUENCE that rises
-- with every change, and when the reminder is due. Times of the appointment are Europe/Amsterdam local times.
CREATE TABLE notification_booking (
    booking_ref      VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id       BIGINT       NOT NULL,
    sequence_no      INT          NOT NULL DEFAULT 0,
    starts_at        DATETIME     NOT NULL,
    ends_at          DATETIME     NOT NULL,
    location         VARCHAR(200) NOT NULL,
    cancelled        BOOLEAN      NOT NULL DEFAULT FALSE,
    reminder_due_at  DATETIME(6)  NULL,  -- UTC; NULL once the reminder was queued or is not wanted
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT notification_booking_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id)
        ON DELETE CASCADE,
    INDEX notification_booking_reminder_due (reminder_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
