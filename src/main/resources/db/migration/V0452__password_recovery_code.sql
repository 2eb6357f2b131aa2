-- Recovery without e-mail (issue 19): e-mail is optional, so a worker who forgot her password asks an officer who has
-- seen her in person for a recovery code, and sets a new password with it. Only a hash of the code is kept; a code
-- works once, for seven days, and is erased a day after it was used or expired (account/PasswordRecovery).
CREATE TABLE password_recovery_code (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    code_hash         CHAR(64)     NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    used_at           DATETIME(6)  NULL,
    CONSTRAINT password_recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id)
        ON DELETE CASCADE,
    CONSTRAINT password_recovery_code_hash_unique UNIQUE (code_hash),
    INDEX password_recovery_code_account (account_id),
    INDEX password_recovery_code_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Wrong recovery codes per source address (a keyed hash, never the address), shared by every node; kept a day.
CREATE TABLE password_recovery_attempt (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_hash  CHAR(64)    NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    INDEX password_recovery_attempt_source (source_hash, attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
