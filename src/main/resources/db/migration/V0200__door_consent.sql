-- Consent given at the door: the officer informed the worker about the privacy statement in her language and she
-- agreed. One row per consent; it goes with the request (erased with it). recorded_by is the officer's account
-- (a staff account, never the worker's).
CREATE TABLE door_consent (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT      NOT NULL,
    statement_version INT         NOT NULL,
    language          VARCHAR(2)  NOT NULL,
    consented_at      DATETIME(6) NOT NULL,
    recorded_by       BIGINT      NOT NULL,
    CONSTRAINT door_consent_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    INDEX door_consent_request (request_id, consented_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
