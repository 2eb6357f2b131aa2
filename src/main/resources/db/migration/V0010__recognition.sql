-- Recognition requests. Identity fields hold AES-256-GCM ciphertext ("v1.<keyId>.<base64>"), never plaintext;
-- duplicates are found through a keyed hash (HMAC-SHA256) of the normalised name and date of birth.

CREATE TABLE worker_consent (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id         BIGINT      NOT NULL,
    statement_version  INT         NOT NULL,
    consented_at       DATETIME(6) NOT NULL,
    withdrawn_at       DATETIME(6) NULL,
    CONSTRAINT worker_consent_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX worker_consent_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recognition_request (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_account_id          BIGINT        NULL,
    municipality_id            CHAR(6)       NOT NULL,
    origin                     VARCHAR(10)   NOT NULL,
    status                     VARCHAR(24)   NOT NULL,
    submitted_at               DATETIME(6)   NOT NULL,
    updated_at                 DATETIME(6)   NOT NULL,
    legal_name_enc             VARCHAR(1024) NOT NULL,
    date_of_birth_enc          VARCHAR(255)  NOT NULL,
    nationality_enc            VARCHAR(512)  NOT NULL,
    street_enc                 VARCHAR(1024) NOT NULL,
    house_number_enc           VARCHAR(255)  NOT NULL,
    house_number_addition_enc  VARCHAR(255)  NULL,
    postcode_enc               VARCHAR(255)  NOT NULL,
    town_enc                   VARCHAR(512)  NOT NULL,
    phone_enc                  VARCHAR(512)  NULL,
    work_name_enc              VARCHAR(512)  NULL,
    languages                  VARCHAR(100)  NOT NULL,
    preferred_contact          VARCHAR(10)   NOT NULL,
    duplicate_index            CHAR(64)      NOT NULL,
    consent_version            INT           NULL,
    consent_at                 DATETIME(6)   NULL,
    intake_at                  DATETIME(6)   NULL,
    intake_place               VARCHAR(20)   NULL,
    intake_place_text_enc      VARCHAR(1024) NULL,
    informed_rules             BOOLEAN       NULL,
    informed_ggd               BOOLEAN       NULL,
    identity_document_checked  BOOLEAN       NULL,
    works_voluntarily          BOOLEAN       NULL,
    care_offered               BOOLEAN       NULL,
    checklist_recorded_at      DATETIME(6)   NULL,
    recognition_number         CHAR(9)       NULL,
    valid_from                 DATE          NULL,
    valid_until                DATE          NULL,
    decline_reason             VARCHAR(30)   NULL,
    decline_text_enc           VARCHAR(4096) NULL,
    end_reason                 VARCHAR(20)   NULL,
    renewal_requested          BOOLEAN       NOT NULL DEFAULT FALSE,
    version                    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT recognition_request_number_unique UNIQUE (recognition_number),
    CONSTRAINT recognition_request_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT recognition_request_worker_fk FOREIGN KEY (worker_account_id) REFERENCES user_account (id),
    CONSTRAINT recognition_request_status_valid CHECK (status IN ('SUBMITTED', 'INTAKE_PLANNED',
        'MORE_INFORMATION_ASKED', 'RECOGNISED', 'DECLINED', 'WITHDRAWN', 'ENDED')),
    INDEX recognition_request_worklist (municipality_id, status, submitted_at),
    INDEX recognition_request_worker (worker_account_id),
    INDEX recognition_request_duplicate (duplicate_index)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history a worker and an officer read: what happened, when, by which role. No personal data.
CREATE TABLE recognition_history (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    actor_role  VARCHAR(20) NOT NULL,
    CONSTRAINT recognition_history_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    INDEX recognition_history_request (request_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Internal notes (officers only) and messages between officer and worker; texts encrypted.
CREATE TABLE recognition_note (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT        NOT NULL,
    written_at        DATETIME(6)   NOT NULL,
    author_account_id BIGINT        NOT NULL,
    to_worker         BOOLEAN       NOT NULL,
    from_worker       BOOLEAN       NOT NULL DEFAULT FALSE,
    text_enc          VARCHAR(8192) NOT NULL,
    CONSTRAINT recognition_note_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    INDEX recognition_note_request (request_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time codes with which a worker recognised at the door claims an online account. Stored hashed.
CREATE TABLE activation_code (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT activation_code_hash_unique UNIQUE (code_hash),
    CONSTRAINT activation_code_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed activation attempts, for rate limiting (per source address, hashed).
CREATE TABLE activation_attempt (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_hash  CHAR(64)    NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    INDEX activation_attempt_source (source_hash, attempted_at)
) ENGINE = InnoDB;
