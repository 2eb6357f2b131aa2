-- What a series change did to its waiting lists (issue 20), in the series' history beside what it did to sessions and
-- bookings: places that moved with their time, places that ended with a time that went, places that became a booking.
-- Counts only, no person. Changes made before this migration counted them on their audit line only: their columns
-- stay NULL ("not recorded here"), nothing is reconstructed.

ALTER TABLE consultation_series_change
    ADD COLUMN waiting_moved       INT NULL,
    ADD COLUMN waiting_ended       INT NULL,
    ADD COLUMN waiting_given_place INT NULL;
