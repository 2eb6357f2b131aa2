-- A decision against the worker's wish is open to objection (bezwaar, Awb chapter 6 and 7): a declined request, or a
-- recognition the municipality ended (revoked). The revocation keeps its reasons here; the objection keeps every step
-- the officer records (receipt, the hearing or why there was none, the outcome with reasons). Free texts are
-- AES-256-GCM ciphertext like the request's identity. Both go with the request (ON DELETE CASCADE); their texts go
-- when the request's identity is anonymised (LifecycleRetention).

CREATE TABLE recognition_revocation (
    request_id   BIGINT      NOT NULL PRIMARY KEY,
    reason       VARCHAR(30) NOT NULL,
    text_enc     TEXT        NOT NULL,
    revoked_at   DATETIME(6) NOT NULL,
    CONSTRAINT recognition_revocation_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    CONSTRAINT recognition_revocation_reason_valid CHECK (reason IN ('NO_LONGER_AT_ADDRESS', 'RULES_NOT_FOLLOWED',
        'INCORRECT_INFORMATION', 'NOT_VOLUNTARY', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recognition_objection (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT      NOT NULL,
    decision           VARCHAR(12) NOT NULL,
    decision_at        DATETIME(6) NOT NULL,
    lodged_at          DATETIME(6) NOT NULL,
    late               BOOLEAN     NOT NULL,
    grounds_enc        TEXT        NULL,
    status             VARCHAR(20) NOT NULL,
    received_at        DATETIME(6) NULL,
    hearing_at         DATETIME(6) NULL,
    hearing_place_enc  TEXT        NULL,
    heard_at           DATETIME(6) NULL,
    hearing_report_enc TEXT        NULL,
    no_hearing_reason  VARCHAR(30) NULL,
    outcome            VARCHAR(20) NULL,
    outcome_text_enc   TEXT        NULL,
    decided_at         DATETIME(6) NULL,
    withdrawn_at       DATETIME(6) NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT recognition_objection_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    CONSTRAINT recognition_objection_decision_valid CHECK (decision IN ('DECLINE', 'REVOCATION')),
    CONSTRAINT recognition_objection_status_valid CHECK (status IN ('LODGED', 'RECEIVED', 'HEARING_PLANNED', 'HEARD',
        'NOT_HEARD', 'DECIDED', 'WITHDRAWN')),
    CONSTRAINT recognition_objection_outcome_valid CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'UNFOUNDED',
        'INADMISSIBLE')),
    CONSTRAINT recognition_objection_no_hearing_valid CHECK (no_hearing_reason IS NULL OR no_hearing_reason IN (
        'WAIVED', 'MANIFESTLY_INADMISSIBLE', 'MANIFESTLY_UNFOUNDED', 'GRANTED_IN_FULL')),
    INDEX recognition_objection_request (request_id, decision_at),
    INDEX recognition_objection_open (status, lodged_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
