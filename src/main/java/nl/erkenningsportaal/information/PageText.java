package nl.erkenningsportaal.information;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The region-wide title and Markdown body of one version in one language. */
@Embeddable
record PageText(
        @Column(name = "language") String language,
        @Column(name = "title") String title,
        @Column(name = "body", columnDefinition = "mediumtext") String body) {}
