-- A published version of the privacy statement that changes what workers agreed to (a major version) asks every
-- worker whose consent is older for consent again at her next sign-in. Set per version, never copied to the next.
ALTER TABLE information_page_version ADD COLUMN asks_consent_again BOOLEAN NOT NULL DEFAULT FALSE;
