-- The GGD books for someone who phones (issue 20): such a booking has no worker account, only its booking code,
-- which the GGD reads out to the caller; by_phone marks it in the day view. No name, number or phone number is kept.

ALTER TABLE consultation_booking
    MODIFY worker_account_id BIGINT NULL,
    ADD COLUMN by_phone BOOLEAN NOT NULL DEFAULT FALSE;
