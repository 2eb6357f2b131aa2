-- Issue 20: the GGD changes a series from a date on, and sets how long before an appointment the reminder goes.
--
-- consultation_series_change: the history of every change of a series, shown under the series and kept for the
-- GGD's own accountability: who (the staff account's id, nothing more), when, from which date, the values before and
-- after, and what it did (sessions changed, added, removed; bookings moved, cancelled).
CREATE TABLE consultation_series_change (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id          BIGINT      NOT NULL,
    changed_by         BIGINT      NULL,  -- NULL once the audit term is over (retention)
    changed_at         DATETIME(6) NOT NULL,
    from_date          DATE        NOT NULL,
    last_date_before   DATE        NOT NULL,
    last_date_after    DATE        NOT NULL,
    start_before       TIME        NOT NULL,
    start_after        TIME        NOT NULL,
    end_before         TIME        NOT NULL,
    end_after          TIME        NOT NULL,
    places_before      INT         NOT NULL,
    places_after       INT         NOT NULL,
    sessions_changed   INT         NOT NULL,
    sessions_added     INT         NOT NULL,
    sessions_removed   INT         NOT NULL,
    bookings_moved     INT         NOT NULL,
    bookings_cancelled INT         NOT NULL,
    CONSTRAINT consultation_series_change_series_fk FOREIGN KEY (series_id) REFERENCES consultation_series (id),
    INDEX consultation_series_change_series (series_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A capacity lowered below the places already booked keeps those bookings: the slot's capacity stays at what is
-- booked and places_target holds the capacity the GGD asked for; each cancellation lowers the capacity towards it,
-- so the slot takes no new booking until it is below the new capacity.
ALTER TABLE consultation_slot ADD COLUMN places_target INT NULL;

-- The reminder lead time is a booking rule of the GGD (hours before the appointment); it holds for bookings made
-- after it changed.
ALTER TABLE consultation_booking_rules ADD COLUMN reminder_before_minutes INT NOT NULL DEFAULT 1440,
    ADD CONSTRAINT booking_rules_reminder CHECK (reminder_before_minutes BETWEEN 60 AND 7 * 24 * 60);

-- The lead time that held when the booking was made: a reminder keeps it, also when the appointment moves.
ALTER TABLE notification_booking ADD COLUMN reminder_lead_minutes INT NULL;
