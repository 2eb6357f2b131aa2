-- The portal speaks Romanian, Bulgarian, Hungarian, Polish and Thai beside Dutch, English, Spanish and Portuguese
-- (decision 0023): information pages and local parts may be written in each of them.
ALTER TABLE information_page_text DROP CONSTRAINT information_page_text_language_valid;
ALTER TABLE information_page_text ADD CONSTRAINT information_page_text_language_valid
    CHECK (language IN ('nl', 'en', 'es', 'pt', 'ro', 'bg', 'hu', 'pl', 'th'));

ALTER TABLE information_page_local DROP CONSTRAINT information_page_local_language_valid;
ALTER TABLE information_page_local ADD CONSTRAINT information_page_local_language_valid
    CHECK (language IN ('nl', 'en', 'es', 'pt', 'ro', 'bg', 'hu', 'pl', 'th'));
