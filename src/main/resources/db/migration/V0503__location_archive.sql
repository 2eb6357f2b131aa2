-- The GGD archives a location it no longer uses (issue 20): no new series there; the sessions already planned there
-- stay as they are (the GGD sees them before confirming, and cancels them itself if they must not take place).

ALTER TABLE consultation_location ADD COLUMN archived_at DATETIME(6) NULL;
