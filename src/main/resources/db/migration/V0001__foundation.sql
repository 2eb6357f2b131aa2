-- Foundation: municipalities, accounts, the audit trail and Spring Modulith's event publication registry.
-- All instants are stored as DATETIME(6) in UTC.

CREATE TABLE municipality (
    id                           CHAR(6)      NOT NULL PRIMARY KEY,  -- CBS code, e.g. GM0106
    name                         VARCHAR(100) NOT NULL,
    region                       VARCHAR(40)  NOT NULL,
    participating                BOOLEAN      NOT NULL DEFAULT FALSE,
    recognition_validity_months  INT          NOT NULL DEFAULT 24,
    retention_declined_months    INT          NOT NULL DEFAULT 6,
    retention_ended_years        INT          NOT NULL DEFAULT 2,
    retention_bookings_months    INT          NOT NULL DEFAULT 12,
    mail_sender_name             VARCHAR(100) NOT NULL,
    version                      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT municipality_name_unique UNIQUE (name),
    CONSTRAINT municipality_validity_range CHECK (recognition_validity_months BETWEEN 1 AND 120),
    CONSTRAINT municipality_retention_declined_range CHECK (retention_declined_months BETWEEN 1 AND 120),
    CONSTRAINT municipality_retention_ended_range CHECK (retention_ended_years BETWEEN 1 AND 20),
    CONSTRAINT municipality_retention_bookings_range CHECK (retention_bookings_months BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The twelve municipalities of Drenthe (CBS codes). Assen drafted the policy for Aa en Hunze, Borger-Odoorn and
-- De Wolden; those four take part, the others exist but are not active until an administrator switches them on.
INSERT INTO municipality (id, name, region, participating, mail_sender_name) VALUES
    ('GM1680', 'Aa en Hunze',    'DRENTHE', TRUE,  'Gemeente Aa en Hunze'),
    ('GM0106', 'Assen',          'DRENTHE', TRUE,  'Gemeente Assen'),
    ('GM1681', 'Borger-Odoorn',  'DRENTHE', TRUE,  'Gemeente Borger-Odoorn'),
    ('GM0109', 'Coevorden',      'DRENTHE', FALSE, 'Gemeente Coevorden'),
    ('GM1690', 'De Wolden',      'DRENTHE', TRUE,  'Gemeente De Wolden'),
    ('GM0114', 'Emmen',          'DRENTHE', FALSE, 'Gemeente Emmen'),
    ('GM0118', 'Hoogeveen',      'DRENTHE', FALSE, 'Gemeente Hoogeveen'),
    ('GM0119', 'Meppel',         'DRENTHE', FALSE, 'Gemeente Meppel'),
    ('GM1731', 'Midden-Drenthe', 'DRENTHE', FALSE, 'Gemeente Midden-Drenthe'),
    ('GM1699', 'Noordenveld',    'DRENTHE', FALSE, 'Gemeente Noordenveld'),
    ('GM1730', 'Tynaarlo',       'DRENTHE', FALSE, 'Gemeente Tynaarlo'),
    ('GM1701', 'Westerveld',     'DRENTHE', FALSE, 'Gemeente Westerveld');

CREATE TABLE user_account (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username                 VARCHAR(64)  NOT NULL,
    password_hash            VARCHAR(255) NOT NULL,
    role                     VARCHAR(20)  NOT NULL,
    municipality_id          CHAR(6)      NULL,
    region                   VARCHAR(40)  NULL,
    enabled                  BOOLEAN      NOT NULL DEFAULT TRUE,
    password_change_required BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_locale         VARCHAR(8)   NULL,
    created_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_unique UNIQUE (username),
    CONSTRAINT user_account_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT user_account_role_valid CHECK (role IN ('WORKER', 'OFFICER', 'GGD', 'COORDINATOR', 'ADMIN', 'POLICY')),
    CONSTRAINT user_account_officer_has_municipality CHECK (role <> 'OFFICER' OR municipality_id IS NOT NULL),
    CONSTRAINT user_account_coordinator_has_region CHECK (role <> 'COORDINATOR' OR region IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail; every entry holds the hash of the one before it.
CREATE TABLE audit_entry (
    sequence_no        BIGINT       NOT NULL PRIMARY KEY,
    occurred_at        DATETIME(6)  NOT NULL,
    actor              VARCHAR(100) NOT NULL,
    actor_role         VARCHAR(20)  NOT NULL,
    actor_municipality CHAR(6)      NULL,
    action             VARCHAR(40)  NOT NULL,
    subject_type       VARCHAR(40)  NOT NULL,
    subject            VARCHAR(100) NOT NULL,
    reason             VARCHAR(500) NULL,
    previous_hash      CHAR(64)     NOT NULL,
    entry_hash         CHAR(64)     NOT NULL,
    INDEX audit_entry_subject (subject_type, subject),
    INDEX audit_entry_actor (actor),
    INDEX audit_entry_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    id            INT      NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_head (id, last_sequence, last_hash) VALUES (1, 0, REPEAT('0', 64));

-- The database refuses to change or delete audit entries; the hash chain catches anyone who removes these triggers.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

-- Spring Modulith's event publication registry (the outbox), schema v2 for MariaDB.
CREATE TABLE EVENT_PUBLICATION (  -- upper case: table names are case-sensitive on Linux and Modulith uses this spelling
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  DEFAULT NULL NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(6),
    PRIMARY KEY (id),
    INDEX event_publication_by_completion_date_idx (completion_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
