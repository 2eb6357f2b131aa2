-- The worker proposes a correction of her details (name, work address within her municipality, phone, languages);
-- an officer confirms it or explains a refusal. What she proposed and, once confirmed, what it replaced are kept
-- encrypted (JSON of the changed fields) until values_kept_until, so a wrong or disputed change can be put right while
-- an objection or complaint about it is still possible; LifecycleRetention then erases both. The row itself (which
-- fields, when, the outcome) goes with the request.
CREATE TABLE recognition_correction (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT      NOT NULL,
    proposed_at       DATETIME(6) NOT NULL,
    fields            VARCHAR(60) NOT NULL,
    proposed_enc      TEXT        NULL,
    previous_enc      TEXT        NULL,
    status            VARCHAR(10) NOT NULL,
    decided_at        DATETIME(6) NULL,
    refusal_text_enc  TEXT        NULL,
    values_kept_until DATE        NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT recognition_correction_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    CONSTRAINT recognition_correction_status_valid CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REFUSED',
        'WITHDRAWN')),
    INDEX recognition_correction_request (request_id, proposed_at),
    INDEX recognition_correction_open (status, proposed_at),
    INDEX recognition_correction_kept (values_kept_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
