-- A recognised worker moves her work to another municipality that takes part. The new municipality's officers see the
-- transfer (and, with a stated reason, the new address) and accept or refuse it; on acceptance the request itself
-- moves (recognition_request.municipality_id), so the old municipality loses access at once. The new address is kept
-- here only until the decision: accepted, it becomes the request's work address; refused or cancelled, it is erased.
CREATE TABLE recognition_transfer (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT      NOT NULL,
    from_municipality   CHAR(6)     NOT NULL,
    to_municipality     CHAR(6)     NOT NULL,
    reported_at         DATETIME(6) NOT NULL,
    street_enc          TEXT        NULL,
    house_number_enc    TEXT        NULL,
    addition_enc        TEXT        NULL,
    postcode_enc        TEXT        NULL,
    town_enc            TEXT        NULL,
    status              VARCHAR(10) NOT NULL,
    decided_at          DATETIME(6) NULL,
    refusal_text_enc    TEXT        NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT recognition_transfer_request_fk FOREIGN KEY (request_id) REFERENCES recognition_request (id)
        ON DELETE CASCADE,
    CONSTRAINT recognition_transfer_from_fk FOREIGN KEY (from_municipality) REFERENCES municipality (id),
    CONSTRAINT recognition_transfer_to_fk FOREIGN KEY (to_municipality) REFERENCES municipality (id),
    CONSTRAINT recognition_transfer_status_valid CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED', 'CANCELLED')),
    INDEX recognition_transfer_to (to_municipality, status, reported_at),
    INDEX recognition_transfer_request (request_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
