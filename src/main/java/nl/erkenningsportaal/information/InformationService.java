package nl.erkenningsportaal.information;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.FieldLabel;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information pages. Anyone reads published public pages; pages for workers need a signed-in account (others
 * are told the page does not exist, so its existence is not given away). Only administrators see drafts and
 * history, and save: every save is a new version, audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class InformationService {

    public static final String PRIVACY = "privacy";
    public static final String ACCESSIBILITY = "toegankelijkheid";
    static final String DUTCH = "nl";
    static final String SUBJECT_TYPE = "INFORMATION_PAGE";
    public static final int SLUG_MAX = 60;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** The first block of a shipped page: one emphasised line saying that it is a sample the municipality checks. */
    private static final Pattern SAMPLE_LINE = Pattern.compile("\\A\\s*\\*[^*\\n][^\\n]*\\*[ \\t]*(?:\\r?\\n|\\z)");

    private final InformationPageRepository pages;
    private final PageVersionRepository versions;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final List<ReaderMunicipality> readerMunicipalities;
    private final TextReviewStore reviews;

    InformationService(InformationPageRepository pages, PageVersionRepository versions,
            MunicipalityService municipalities, CurrentUser currentUser, AuditService audit, Clock clock,
            List<ReaderMunicipality> readerMunicipalities, TextReviewStore reviews) {
        this.pages = pages;
        this.versions = versions;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.readerMunicipalities = List.copyOf(readerMunicipalities);
        this.reviews = reviews;
    }

    /**
     * The municipality whose local parts a signed-in reader sees without choosing: the account's own (officers),
     * else what another module knows (a worker's request). Empty for visitors, who pick one on the page.
     */
    public Optional<String> readersMunicipality() {
        Optional<SignedInUser> reader = currentUser.get();
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        if (reader.get().municipalityId() != null) {
            return Optional.of(reader.get().municipalityId());
        }
        return readerMunicipalities.stream().map(r -> r.municipalityOf(reader.get())).flatMap(Optional::stream)
                .findFirst();
    }

    /** The published pages this reader may open, ordered by slug, titled in {@code locale} (or Dutch). */
    public List<PageSummary> readablePages(Locale locale) {
        String language = language(locale);
        List<PageSummary> result = new ArrayList<>();
        for (InformationPage page : pages.findAllByOrderBySlugAsc()) {
            if (!mayRead(page)) {
                continue;
            }
            versions.findFirstByPageAndStatusOrderByNumberDesc(page, PageStatus.PUBLISHED)
                    .flatMap(v -> textIn(v, language))
                    .ifPresent(t -> result.add(new PageSummary(page.slug(), page.audience(), t.title())));
        }
        return result;
    }

    /**
     * The newest published version of a page in the reader's language (Dutch when missing), with the local part of
     * {@code municipalityId} beneath it when that municipality wrote one. Empty when the page does not exist, is not
     * published, or is for workers and nobody is signed in.
     */
    public Optional<RenderedPage> read(String slug, Locale locale, @Nullable String municipalityId) {
        Optional<InformationPage> page = pages.findBySlug(slug).filter(this::mayRead);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        String language = language(locale);
        return versions.findFirstByPageAndStatusOrderByNumberDesc(page.get(), PageStatus.PUBLISHED)
                .flatMap(v -> textIn(v, language).map(text -> new RenderedPage(slug, page.get().audience(),
                        v.number(), text.title(), SafeMarkdown.toHtml(municipalityId != null
                                && reviews.signedOff(slug, municipalityId, v.number())
                                        ? withoutSampleLine(text.body())
                                        : text.body()),
                        Locale.of(text.language()),
                        !text.language().equals(language), v.lastReviewed(),
                        municipalityId == null ? null : localAddition(v, municipalityId, language),
                        v.locals().stream().map(LocalPart::municipalityId).distinct().sorted().toList())));
    }

    /** A Markdown body without its opening "sample text" line (an emphasised paragraph before anything else). */
    static String withoutSampleLine(String body) {
        return SAMPLE_LINE.matcher(body).replaceFirst("");
    }

    /** The version number of the privacy statement a reader sees now; consent records store it. */
    public int currentPrivacyStatementVersion() {
        return privacyVersion().number();
    }

    /**
     * The oldest version of the privacy statement whose consent still counts: the newest published major version (one
     * that asks consent again), or 1. A worker who agreed to an older version is asked again at her next sign-in.
     */
    public int privacyStatementConsentVersion() {
        return pages.findBySlug(PRIVACY)
                .flatMap(p -> versions.findFirstByPageAndStatusAndAsksConsentAgainTrueOrderByNumberDesc(p,
                        PageStatus.PUBLISHED))
                .map(PageVersion::number).orElse(1);
    }

    /** The privacy statement as published now, in {@code locale} (or Dutch), with its version number. */
    public PrivacyStatement privacyStatement(Locale locale) {
        PageVersion version = privacyVersion();
        String language = language(locale);
        PageText text = textIn(version, language)
                .orElseThrow(() -> new IllegalStateException("The privacy statement has no text"));
        return new PrivacyStatement(version.number(), text.title(), SafeMarkdown.toHtml(text.body()),
                Locale.of(text.language()), !text.language().equals(language));
    }

    private PageVersion privacyVersion() {
        return pages.findBySlug(PRIVACY)
                .flatMap(p -> versions.findFirstByPageAndStatusOrderByNumberDesc(p, PageStatus.PUBLISHED))
                .orElseThrow(() -> new IllegalStateException("No published privacy statement"));
    }

    /** Every page with its newest and newest published version (0 and none before the first save). */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.POLICY + "')")
    public List<PageOverview> pagesForEditing() {
        List<PageOverview> result = new ArrayList<>();
        for (InformationPage page : pages.findAllByOrderBySlugAsc()) {
            Optional<PageVersion> latest = versions.findFirstByPageOrderByNumberDesc(page);
            result.add(new PageOverview(page.slug(), page.audience(),
                    latest.flatMap(v -> textIn(v, DUTCH)).map(PageText::title).orElse(page.slug()),
                    latest.map(PageVersion::number).orElse(0),
                    latest.map(PageVersion::status).orElse(PageStatus.DRAFT),
                    latest.map(PageVersion::lastReviewed).orElse(null),
                    versions.findFirstByPageAndStatusOrderByNumberDesc(page, PageStatus.PUBLISHED)
                            .map(PageVersion::number).orElse(null)));
        }
        return result;
    }

    /** A new, empty page; readers see it once a version of it is published. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PageOverview createPage(String slug, Audience audience) {
        String clean = slug.strip();
        if (clean.length() > SLUG_MAX || !SLUG.matcher(clean).matches()) {
            throw new Refusal("information.error.slug", SLUG_MAX);
        }
        if (pages.findBySlug(clean).isPresent()) {
            throw new Refusal("information.error.slug-taken");
        }
        pages.saveAndFlush(new InformationPage(clean, audience, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        audit.record(AuditAction.PAGE_SAVED, SUBJECT_TYPE, clean, "created audience=" + audience);
        return new PageOverview(clean, audience, clean, 0, PageStatus.DRAFT, null, null);
    }

    /** One language of the newest version (draft or published) as the editor starts from it. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.POLICY + "')")
    public EditableText editable(String slug, String language, @Nullable String municipalityId) {
        requireOwnPart(municipalityId);
        requireLanguage(language);
        InformationPage page = pages.findBySlug(slug).orElseThrow(() -> new Refusal("error.not-found"));
        Optional<PageVersion> latest = versions.findFirstByPageOrderByNumberDesc(page);
        String title = "";
        String body = "";
        if (latest.isPresent() && municipalityId == null) {
            Optional<PageText> text = latest.get().text(language);
            title = text.map(PageText::title).orElse("");
            body = text.map(PageText::body).orElse("");
        } else if (latest.isPresent()) {
            body = latest.get().local(municipalityId, language).map(LocalPart::body).orElse("");
        }
        return new EditableText(slug, language, municipalityId, title, body,
                latest.map(PageVersion::number).orElse(0),
                latest.map(PageVersion::status).orElse(PageStatus.DRAFT),
                latest.map(PageVersion::lastReviewed).orElse(LocalDate.now(clock)));
    }

    /** The versions of a page, newest first. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.POLICY + "')")
    public List<PageVersionInfo> history(String slug) {
        InformationPage page = pages.findBySlug(slug).orElseThrow(() -> new Refusal("error.not-found"));
        return versions.findByPageOrderByNumberDesc(page).stream().map(PageVersion::toInfo).toList();
    }

    /**
     * Saves one language of a page (or of a municipality's local part) as the next version, copying everything else
     * from the newest version. Refused when someone saved a newer version since the editor opened it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.POLICY + "')")
    public PageVersionInfo save(PageEdit edit) {
        SignedInUser editor = currentUser.require();
        requireOwnPart(edit.municipalityId());
        requireLanguage(edit.language());
        String title = edit.title().strip();
        String body = edit.body().strip();
        if (edit.municipalityId() == null) {
            title = FreeText.line(title, PageEdit.TITLE_MAX, "information.editor.page-title");
        }
        if (edit.municipalityId() == null && body.isEmpty()) {
            throw new Refusal("information.error.body-required");
        }
        if (body.length() > PageEdit.BODY_MAX) {
            throw new Refusal("error.text-length", new FieldLabel("information.editor.body"), 0, PageEdit.BODY_MAX);
        }
        if (FreeText.plausible(edit.lastReviewed()).isAfter(LocalDate.now(clock))) {
            throw new Refusal("information.error.review-in-future");
        }
        if (edit.municipalityId() != null && municipalities.find(edit.municipalityId()).isEmpty()) {
            throw new Refusal("error.not-found");
        }
        if (edit.asksConsentAgain() && (!PRIVACY.equals(edit.slug()) || edit.status() != PageStatus.PUBLISHED
                || !editor.hasRole(Roles.ADMIN))) {
            // only a published privacy statement changes what a worker agreed to
            throw new Refusal("information.error.consent-again");
        }
        InformationPage page = pages.lockBySlug(edit.slug()).orElseThrow(() -> new Refusal("error.not-found"));
        Optional<PageVersion> latest = versions.findFirstByPageOrderByNumberDesc(page);
        int latestNumber = latest.map(PageVersion::number).orElse(0);
        if (edit.baseVersion() != latestNumber) {
            throw new Refusal("information.error.changed-meanwhile", latestNumber);
        }
        if (editor.hasRole(Roles.POLICY) && edit.status() == PageStatus.PUBLISHED
                && latest.map(PageVersion::status).orElse(PageStatus.DRAFT) != PageStatus.PUBLISHED) {
            // publishing her part would publish the region's unpublished draft along with it
            throw new Refusal("information.error.region-draft-pending");
        }
        Set<PageText> texts = new HashSet<>(latest.map(PageVersion::texts).orElse(Set.of()));
        Set<LocalPart> locals = new HashSet<>(latest.map(PageVersion::locals).orElse(Set.of()));
        if (edit.municipalityId() == null) {
            texts.removeIf(t -> t.language().equals(edit.language()));
            texts.add(new PageText(edit.language(), title, body));
        } else {
            locals.removeIf(l -> l.municipalityId().equals(edit.municipalityId())
                    && l.language().equals(edit.language()));
            if (!body.isEmpty()) {
                locals.add(new LocalPart(edit.municipalityId(), edit.language(), body));
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PageVersion saved = versions.saveAndFlush(new PageVersion(page, latestNumber + 1, edit.status(),
                edit.lastReviewed(), editor.username(), now, texts, locals).asksConsentAgain(edit.asksConsentAgain()));
        audit.record(edit.status() == PageStatus.PUBLISHED ? AuditAction.PAGE_PUBLISHED : AuditAction.PAGE_SAVED,
                SUBJECT_TYPE, page.slug(), "version=%d language=%s part=%s%s".formatted(saved.number(),
                        edit.language(), edit.municipalityId() == null ? "region" : edit.municipalityId(),
                        edit.asksConsentAgain() ? " asks-consent-again" : ""));
        return saved.toInfo();
    }

    /**
     * A policy maker edits only her own municipality's local parts: not the region-wide text, not another
     * municipality's part, and nothing without a municipality of her own ("not found", so nothing leaks).
     * Administrators edit everything.
     */
    private void requireOwnPart(@Nullable String municipalityId) {
        SignedInUser editor = currentUser.require();
        if (editor.hasRole(Roles.ADMIN)) {
            return;
        }
        if (municipalityId == null || !municipalityId.equals(editor.municipalityId())) {
            throw new Refusal("error.not-found");
        }
    }

    private boolean mayRead(InformationPage page) {
        return page.audience() == Audience.PUBLIC || currentUser.get().isPresent();
    }

    private @Nullable LocalAddition localAddition(PageVersion version, String municipalityId, String language) {
        Optional<LocalPart> part = version.local(municipalityId, language).or(() -> version.local(municipalityId,
                DUTCH));
        Optional<Municipality> municipality = municipalities.find(municipalityId);
        if (part.isEmpty() || municipality.isEmpty()) {
            return null;
        }
        return new LocalAddition(municipalityId, municipality.get().name(), SafeMarkdown.toHtml(part.get().body(), 3),
                Locale.of(part.get().language()), !part.get().language().equals(language));
    }

    /** The text in {@code language}, else Dutch, else any language the page has. */
    private static Optional<PageText> textIn(PageVersion version, String language) {
        return version.text(language).or(() -> version.text(DUTCH))
                .or(() -> version.texts().stream().findFirst());
    }

    static String language(Locale locale) {
        return PortalI18nProvider.supported(locale).getLanguage();
    }

    private static void requireLanguage(String language) {
        if (PortalI18nProvider.offered(language).isEmpty()) {
            throw new Refusal("information.error.language");
        }
    }
}
