-- The portal inbox: every notification lands here. It keeps translation keys and arguments, not rendered text,
-- so a worker reads each message in the language they use today.

CREATE TABLE inbox_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    subject_key VARCHAR(100)  NOT NULL,
    body_key    VARCHAR(100)  NOT NULL,
    arguments   VARCHAR(2000) NOT NULL,  -- JSON array of strings
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    CONSTRAINT inbox_message_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX inbox_message_by_account (account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
