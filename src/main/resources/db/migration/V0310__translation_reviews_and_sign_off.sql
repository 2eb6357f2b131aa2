-- Who checked a text (issue 21). A translation not yet read by a native speaker is marked as such for
-- administrators, per language and per text: an information page (by slug) or "screens" (every screen, message and
-- mail). A review counts for the page version it was recorded against; a newer version shows as changed since.
-- The reviewer is named as the administrator types it (a person or an organisation); recorded_by is the account.
CREATE TABLE information_translation_review (
    subject     VARCHAR(60)  NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    version_no  INT          NULL,
    reviewer    VARCHAR(100) NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (subject, language),
    CONSTRAINT information_translation_review_language_valid
        CHECK (language IN ('en', 'es', 'pt', 'ro', 'bg', 'hu', 'pl', 'th'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality's sign-off of a published page version: its readers no longer see the "sample text" line.
CREATE TABLE information_page_sign_off (
    page_slug       VARCHAR(60) NOT NULL,
    municipality_id CHAR(6)     NOT NULL,
    version_no      INT         NOT NULL,
    signed_by       VARCHAR(64) NOT NULL,
    signed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (page_slug, municipality_id),
    CONSTRAINT information_page_sign_off_page_fk FOREIGN KEY (page_slug) REFERENCES information_page (slug),
    CONSTRAINT information_page_sign_off_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
