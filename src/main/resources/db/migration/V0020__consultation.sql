-- The GGD's walk-in consultation. No identity here: bookings carry an account id, a booking code and an optional
-- work name. The guarantee that a slot is never overbooked lives in the conditional update of consultation_slot
-- (booked < capacity) and in these constraints.

CREATE TABLE consultation_location (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    address             VARCHAR(255) NOT NULL,
    accessibility_notes VARCHAR(500) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_series (
    id              BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    location_id     BIGINT   NOT NULL,
    weekday         TINYINT  NOT NULL,
    start_time      TIME     NOT NULL,
    end_time        TIME     NOT NULL,
    slot_minutes    INT      NOT NULL,
    places_per_slot INT      NOT NULL,
    first_date      DATE     NOT NULL,
    last_date       DATE     NOT NULL,
    CONSTRAINT consultation_series_location_fk FOREIGN KEY (location_id) REFERENCES consultation_location (id),
    CONSTRAINT consultation_series_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT consultation_series_times CHECK (end_time > start_time),
    CONSTRAINT consultation_series_places CHECK (places_per_slot > 0 AND slot_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_series_municipality (
    series_id       BIGINT  NOT NULL,
    municipality_id CHAR(6) NOT NULL,
    PRIMARY KEY (series_id, municipality_id),
    CONSTRAINT csm_series_fk FOREIGN KEY (series_id) REFERENCES consultation_series (id) ON DELETE CASCADE,
    CONSTRAINT csm_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE consultation_session (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id      BIGINT       NOT NULL,
    session_date   DATE         NOT NULL,
    start_time     TIME         NOT NULL,
    end_time       TIME         NOT NULL,
    cancelled      BOOLEAN      NOT NULL DEFAULT FALSE,
    cancel_message VARCHAR(500) NULL,
    walk_ins       INT          NOT NULL DEFAULT 0,
    CONSTRAINT consultation_session_series_fk FOREIGN KEY (series_id) REFERENCES consultation_series (id),
    CONSTRAINT consultation_session_walk_ins CHECK (walk_ins >= 0),
    INDEX consultation_session_date (session_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_slot (
    id         BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT  NOT NULL,
    start_time TIME    NOT NULL,
    end_time   TIME    NOT NULL,
    capacity   INT     NOT NULL,
    booked     INT     NOT NULL DEFAULT 0,
    CONSTRAINT consultation_slot_session_fk FOREIGN KEY (session_id) REFERENCES consultation_session (id),
    CONSTRAINT consultation_slot_never_overbooked CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT consultation_slot_capacity CHECK (capacity > 0),
    INDEX consultation_slot_session (session_id, start_time)
) ENGINE = InnoDB;

CREATE TABLE consultation_booking (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slot_id           BIGINT       NOT NULL,
    worker_account_id BIGINT       NOT NULL,
    municipality_id   CHAR(6)      NOT NULL,
    booking_code      CHAR(8)      NOT NULL,
    language          VARCHAR(8)   NOT NULL,
    interpreter       BOOLEAN      NOT NULL,
    reason            VARCHAR(20)  NULL,
    work_name         VARCHAR(100) NULL,
    status            VARCHAR(12)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    -- 1 while the booking holds a place, NULL otherwise: one active booking per worker per slot
    active            TINYINT AS (IF(status = 'BOOKED', 1, NULL)) PERSISTENT,
    CONSTRAINT consultation_booking_slot_fk FOREIGN KEY (slot_id) REFERENCES consultation_slot (id),
    CONSTRAINT consultation_booking_worker_fk FOREIGN KEY (worker_account_id) REFERENCES user_account (id)
        ON DELETE CASCADE,
    CONSTRAINT consultation_booking_code_unique UNIQUE (booking_code),
    CONSTRAINT consultation_booking_once_per_slot UNIQUE (slot_id, worker_account_id, active),
    INDEX consultation_booking_worker (worker_account_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_waiting (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slot_id           BIGINT      NOT NULL,
    worker_account_id BIGINT      NOT NULL,
    municipality_id   CHAR(6)     NOT NULL,
    language          VARCHAR(8)  NOT NULL,
    interpreter       BOOLEAN     NOT NULL,
    reason            VARCHAR(20) NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT consultation_waiting_slot_fk FOREIGN KEY (slot_id) REFERENCES consultation_slot (id),
    CONSTRAINT consultation_waiting_worker_fk FOREIGN KEY (worker_account_id) REFERENCES user_account (id)
        ON DELETE CASCADE,
    CONSTRAINT consultation_waiting_once UNIQUE (slot_id, worker_account_id),
    INDEX consultation_waiting_queue (slot_id, created_at, id)
) ENGINE = InnoDB;
