-- The GGD's booking rules on a screen (issue 20) instead of in the configuration: how many coming bookings one worker
-- may hold, until how long before its time a booking can be cancelled or moved, how many weeks ahead sessions can be
-- booked, and from how close to its time a cancellation alerts the GGD. Each change is a new row (the history); the
-- newest row holds. Without a row the configured defaults (portal.consultation.*) hold. A rule applies to what is
-- done after it changed: bookings already made stay as they are.

CREATE TABLE consultation_booking_rules (
    id                          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    max_future_bookings         INT         NOT NULL,
    cancel_until_before_minutes INT         NOT NULL,
    weeks_ahead                 INT         NOT NULL,
    short_notice_minutes        INT         NOT NULL,
    changed_at                  DATETIME(6) NOT NULL,
    CONSTRAINT booking_rules_max_bookings CHECK (max_future_bookings BETWEEN 1 AND 20),
    CONSTRAINT booking_rules_weeks_ahead CHECK (weeks_ahead BETWEEN 1 AND 52),
    CONSTRAINT booking_rules_cancel_within_window
        CHECK (cancel_until_before_minutes BETWEEN 0 AND weeks_ahead * 7 * 24 * 60),
    CONSTRAINT booking_rules_short_notice CHECK (short_notice_minutes BETWEEN 0 AND 7 * 24 * 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
