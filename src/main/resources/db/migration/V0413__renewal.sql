-- A renewal the worker asked for, from a month before her recognition ends until the grace period after it, and the
-- renewal conversation recorded like the intake (when, where, the same checklist). The number stays. Goes with the
-- request; the place text (encrypted) goes when the request's identity is anonymised.
CREATE TABLE recognition_renewal (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id             BIGINT      NOT NULL,
    asked_at               DATETIME(6) NOT NULL,
    valid_until_then       DATE        NOT NULL,
    status                 VARCHAR(10) NOT NULL,
    conversation_at        DATETIME(6) NULL,
    conversation_place     VARCHAR(20) NULL,
    place_text_enc         TEXT        NULL,
    informed_rules         BOOLEAN     NULL,
    informed_ggd           BOOLEAN     NULL,
    identity_document_checked BOOLEAN  NULL,
    works_voluntarily      BOOLEAN     NULL,
    care_offered           BOOLEAN     NULL,
    checklist_recorded_at  DATETIME(6) NULL,
    renewed_at             DATETIME(6) NULL,
    valid_until_after      DATE        NULL,
    version                BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT recognition_renewal_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    CONSTRAINT recognition_renewal_status_valid CHECK (status IN ('ASKED', 'PLANNED', 'RENEWED')),
    CONSTRAINT recognition_renewal_place_valid CHECK (conversation_place IS NULL OR conversation_place IN (
        'AT_WORK_ADDRESS', 'TOWN_HALL', 'OTHER')),
    INDEX recognition_renewal_request (request_id, asked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
