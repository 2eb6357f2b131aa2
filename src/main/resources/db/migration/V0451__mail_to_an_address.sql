-- A mail to someone without an account (issue 19: the answer to a question asked without an account). Such a mail has
-- no account to resolve the address from at sending time, so the outbox keeps the address itself, encrypted
-- (FieldCipher), and erases it as soon as the mail is sent. Every other mail still has an account and no address.
ALTER TABLE notification_mail
    MODIFY COLUMN account_id BIGINT NULL,
    ADD COLUMN recipient_enc VARCHAR(1024) NULL;
