-- The contact module (issue 19): a worker's request for contact about care or exit support, and a question without
-- an account. Free text and contact details are encrypted (FieldCipher, "v1.<keyId>.<base64>"); searching is never
-- needed. Retention: see contact/ContactRetention (its rules hold the terms) and contact/ContactRegister.

-- A worker asks for contact about her health (to the GGD), psychosocial help, debts or leaving sex work (to the
-- officers of a municipality). A task with its own status; the phone number or e-mail address she gave goes when the
-- task is closed, the whole request some time after.
CREATE TABLE care_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT        NOT NULL,
    -- NULL for health: the GGD is regional and learns nothing of her municipality, recognition or identity
    municipality_id  CHAR(6)       NULL,
    topic            VARCHAR(20)   NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    contact_method   VARCHAR(10)   NOT NULL,
    contact_enc      VARCHAR(1024) NULL,
    note_enc         TEXT          NULL,
    status           VARCHAR(12)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    closed_at        DATETIME(6)   NULL,
    CONSTRAINT care_request_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT care_request_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT care_request_topic_valid CHECK (topic IN ('HEALTH', 'PSYCHOSOCIAL', 'DEBTS', 'EXIT')),
    CONSTRAINT care_request_method_valid CHECK (contact_method IN ('PORTAL', 'PHONE', 'EMAIL')),
    CONSTRAINT care_request_status_valid CHECK (status IN ('NEW', 'IN_PROGRESS', 'CLOSED')),
    CONSTRAINT care_request_health_is_ggd CHECK ((topic = 'HEALTH') = (municipality_id IS NULL)),
    INDEX care_request_worklist (municipality_id, topic, status, created_at),
    INDEX care_request_account (account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages about a care request between the worker and the officers or the GGD; texts encrypted.
CREATE TABLE care_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    care_request_id  BIGINT        NOT NULL,
    written_at       DATETIME(6)   NOT NULL,
    from_worker      BOOLEAN       NOT NULL,
    author_role      VARCHAR(20)   NOT NULL,
    text_enc         TEXT          NOT NULL,
    CONSTRAINT care_message_request_fk FOREIGN KEY (care_request_id) REFERENCES care_request (id) ON DELETE CASCADE,
    INDEX care_message_request (care_request_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A question to a municipality's outreach team without an account: no name; a way to answer only if she wants one
-- (erased at closing, and with the whole question 30 days after it came in). An answer by e-mail is read through a
-- link (only the link's hash is kept), so the mail itself says nothing.
CREATE TABLE contact_question (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id  CHAR(6)       NOT NULL,
    message_enc      TEXT          NOT NULL,
    -- keyed hash of the normalised message: the same text sent again within a day is not stored twice
    message_hash     CHAR(64)      NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    reply_method     VARCHAR(10)   NOT NULL,
    reply_to_enc     VARCHAR(1024) NULL,
    status           VARCHAR(12)   NOT NULL,
    outcome          VARCHAR(20)   NULL,
    answer_enc       TEXT          NULL,
    answer_token_hash CHAR(64)     NULL,
    created_at       DATETIME(6)   NOT NULL,
    closed_at        DATETIME(6)   NULL,
    CONSTRAINT contact_question_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT contact_question_method_valid CHECK (reply_method IN ('NONE', 'EMAIL', 'PHONE')),
    CONSTRAINT contact_question_status_valid CHECK (status IN ('NEW', 'CLOSED')),
    CONSTRAINT contact_question_token_unique UNIQUE (answer_token_hash),
    INDEX contact_question_worklist (municipality_id, status, created_at),
    INDEX contact_question_duplicate (message_hash, created_at),
    INDEX contact_question_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Submissions of the question form per source address (a keyed hash, never the address), shared by every node:
-- the per-source limit holds across the cluster. Kept a day.
CREATE TABLE contact_question_attempt (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_hash  CHAR(64)    NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    INDEX contact_question_attempt_source (source_hash, attempted_at),
    INDEX contact_question_attempt_at (attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
