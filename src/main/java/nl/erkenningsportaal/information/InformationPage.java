package nl.erkenningsportaal.information;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A page: its stable address and audience. Its text lives in its versions. */
@Entity
@Table(name = "information_page")
class InformationPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected InformationPage() {
        this.slug = "";
        this.audience = Audience.PUBLIC;
        this.createdAt = Instant.EPOCH;
    }

    InformationPage(String slug, Audience audience, Instant createdAt) {
        this.slug = slug;
        this.audience = audience;
        this.createdAt = createdAt;
    }

    String slug() {
        return slug;
    }

    Audience audience() {
        return audience;
    }
}
