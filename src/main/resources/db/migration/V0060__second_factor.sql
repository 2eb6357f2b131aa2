-- Second factor (TOTP, RFC 6238) for accounts: the secret encrypted with AES-GCM (key outside the database), when
-- enrolment was confirmed, and the last accepted time step (a code is never accepted twice).
ALTER TABLE user_account
    ADD COLUMN totp_secret       VARCHAR(255) NULL,
    ADD COLUMN totp_confirmed_at DATETIME(6)  NULL,
    ADD COLUMN totp_last_step    BIGINT       NULL;

-- Ten single-use recovery codes per enrolment, stored as SHA-256 hashes of high-entropy random codes.
CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT recovery_code_unique UNIQUE (account_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
