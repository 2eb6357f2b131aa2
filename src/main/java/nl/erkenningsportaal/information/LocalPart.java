package nl.erkenningsportaal.information;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A municipality's local addition to one version, in one language (Markdown). */
@Embeddable
record LocalPart(
        @Column(name = "municipality_id") String municipalityId,
        @Column(name = "language") String language,
        @Column(name = "body", columnDefinition = "mediumtext") String body) {}
