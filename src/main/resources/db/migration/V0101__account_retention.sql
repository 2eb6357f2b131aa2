-- What the retention of accounts needs: when the account last signed in, when it was told that it will be erased
-- for lack of use, and when a staff account was disabled. Accounts that exist now count as signed in today and
-- disabled staff accounts as disabled today, so that the first notice or erasure comes a whole term after this
-- upgrade.
ALTER TABLE user_account
    ADD COLUMN last_sign_in_at DATETIME(6) NULL,
    ADD COLUMN idle_notice_at  DATETIME(6) NULL,
    ADD COLUMN disabled_at     DATETIME(6) NULL;

UPDATE user_account SET last_sign_in_at = UTC_TIMESTAMP(6);
UPDATE user_account SET disabled_at = UTC_TIMESTAMP(6) WHERE enabled = FALSE;
