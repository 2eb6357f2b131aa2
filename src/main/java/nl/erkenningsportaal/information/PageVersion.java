package nl.erkenningsportaal.information;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One saved state of a whole page: every language's region-wide text and every municipality's local parts. A save
 * never changes a version; it adds the next one (copying what it does not change), so the history is complete.
 */
@Entity
@Table(name = "information_page_version")
class PageVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private InformationPage page;

    @Column(name = "version_no")
    private int number;

    @Enumerated(EnumType.STRING)
    private PageStatus status;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    /** A major version of the privacy statement: workers whose consent is older are asked again. */
    @Column(name = "asks_consent_again")
    private boolean asksConsentAgain;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_page_text", joinColumns = @JoinColumn(name = "version_id"))
    private Set<PageText> texts = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_page_local", joinColumns = @JoinColumn(name = "version_id"))
    private Set<LocalPart> locals = new HashSet<>();

    @SuppressWarnings("NullAway")
    protected PageVersion() {}

    PageVersion(InformationPage page, int number, PageStatus status, LocalDate lastReviewed, String savedBy,
            Instant savedAt, Set<PageText> texts, Set<LocalPart> locals) {
        this.page = page;
        this.number = number;
        this.status = status;
        this.lastReviewed = lastReviewed;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.texts = new HashSet<>(texts);
        this.locals = new HashSet<>(locals);
    }

    PageVersion asksConsentAgain(boolean asks) {
        this.asksConsentAgain = asks;
        return this;
    }

    boolean asksConsentAgain() {
        return asksConsentAgain;
    }

    InformationPage page() {
        return page;
    }

    int number() {
        return number;
    }

    PageStatus status() {
        return status;
    }

    LocalDate lastReviewed() {
        return lastReviewed;
    }

    String savedBy() {
        return savedBy;
    }

    Instant savedAt() {
        return savedAt;
    }

    Set<PageText> texts() {
        return Set.copyOf(texts);
    }

    Set<LocalPart> locals() {
        return Set.copyOf(locals);
    }

    /**
     * Adds a text in a language this version does not have yet (a language the portal began to speak after the
     * version was saved); never replaces a text. False when the version already has the language.
     */
    boolean addTranslation(PageText text) {
        if (text(text.language()).isPresent()) {
            return false;
        }
        return texts.add(text);
    }

    Optional<PageText> text(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    Optional<LocalPart> local(String municipalityId, String language) {
        return locals.stream()
                .filter(l -> l.municipalityId().equals(municipalityId) && l.language().equals(language))
                .findFirst();
    }

    PageVersionInfo toInfo() {
        return new PageVersionInfo(number, status, lastReviewed, savedBy, savedAt, asksConsentAgain);
    }
}
