-- Information pages: rules, care, the privacy and accessibility statements. A page has a stable slug and an
-- audience; every save adds a version (who, when, draft or published) holding the whole page: a title and a
-- Markdown body per language, and per municipality an optional local part per language. Readers see the newest
-- published version; consent records point to the privacy page's version number.

CREATE TABLE information_page (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug       VARCHAR(60) NOT NULL,
    audience   VARCHAR(10) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT information_page_slug_unique UNIQUE (slug),
    CONSTRAINT information_page_audience_valid CHECK (audience IN ('PUBLIC', 'WORKERS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE information_page_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    page_id       BIGINT       NOT NULL,
    version_no    INT          NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    last_reviewed DATE         NOT NULL,
    saved_by      VARCHAR(64)  NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    CONSTRAINT information_page_version_unique UNIQUE (page_id, version_no),
    CONSTRAINT information_page_version_page_fk FOREIGN KEY (page_id) REFERENCES information_page (id),
    CONSTRAINT information_page_version_status_valid CHECK (status IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The region-wide text of a version, per language.
CREATE TABLE information_page_text (
    version_id BIGINT       NOT NULL,
    language   VARCHAR(2)   NOT NULL,
    title      VARCHAR(200) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (version_id, language),
    CONSTRAINT information_page_text_version_fk FOREIGN KEY (version_id) REFERENCES information_page_version (id),
    CONSTRAINT information_page_text_language_valid CHECK (language IN ('nl', 'en', 'es', 'pt'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality's local addition to a version, per language, shown beneath the region-wide text.
CREATE TABLE information_page_local (
    version_id      BIGINT     NOT NULL,
    municipality_id CHAR(6)    NOT NULL,
    language        VARCHAR(2) NOT NULL,
    body            MEDIUMTEXT NOT NULL,
    PRIMARY KEY (version_id, municipality_id, language),
    CONSTRAINT information_page_local_version_fk FOREIGN KEY (version_id) REFERENCES information_page_version (id),
    CONSTRAINT information_page_local_municipality_fk FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT information_page_local_language_valid CHECK (language IN ('nl', 'en', 'es', 'pt'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
