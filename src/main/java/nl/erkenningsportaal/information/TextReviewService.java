package nl.erkenningsportaal.information;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who checked a text (issue 21). The translations were written by translators and helpers, not by native speakers
 * of every language; until one reads a text, administrators see it marked, per language and per page (and for the
 * screens as a whole). An administrator records a review: who read it, and when. Separately, a municipality signs
 * off a published page version; from then on its readers no longer see the page's "sample text" line
 * ({@link InformationService#read}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class TextReviewService {

    /** The subject of a review of every screen, message and mail (the properties files) in one language. */
    public static final String SCREENS = "screens";
    public static final int REVIEWER_MAX = 100;

    private final TextReviewStore store;
    private final InformationService information;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final Clock clock;

    TextReviewService(TextReviewStore store, InformationService information, MunicipalityService municipalities,
            CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.information = information;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The languages a native speaker must read: all but Dutch, the original. */
    public static List<Locale> reviewedLanguages() {
        return PortalI18nProvider.LOCALES.stream().filter(l -> !l.equals(PortalI18nProvider.DUTCH)).toList();
    }

    /** Every text in every translated language, reviewed or not; the screens first, then the pages by slug. */
    public List<ReviewMark> marks() {
        Map<String, TextReviewStore.Review> reviews = store.reviews().stream()
                .collect(Collectors.toMap(r -> r.subject() + "/" + r.language(), Function.identity()));
        List<ReviewMark> marks = new ArrayList<>();
        List<PageOverview> pages = information.pagesForEditing();
        for (Locale locale : reviewedLanguages()) {
            String language = locale.getLanguage();
            marks.add(mark(SCREENS, SCREENS, language, null, reviews.get(SCREENS + "/" + language)));
            for (PageOverview page : pages) {
                marks.add(mark(page.slug(), page.title(), language, page.publishedVersion(),
                        reviews.get(page.slug() + "/" + language)));
            }
        }
        return marks;
    }

    private static ReviewMark mark(String subject, String title, String language, @Nullable Integer current,
            TextReviewStore.@Nullable Review review) {
        return review == null
                ? new ReviewMark(subject, title, language, null, null, null, current)
                : new ReviewMark(subject, title, language, review.reviewer(),
                        review.recordedAt().toInstant(ZoneOffset.UTC), review.version(),
                        current);
    }

    /** Records that {@code reviewer}, a native speaker, read {@code subject} in {@code language} as it is now. */
    @Transactional
    public void recordReview(String subject, String language, String reviewer) {
        if (reviewedLanguages().stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new Refusal("information.error.language");
        }
        String who = FreeText.line(reviewer, REVIEWER_MAX);
        Integer version = null;
        if (!subject.equals(SCREENS)) {
            version = published(subject).publishedVersion();
        }
        store.saveReview(new TextReviewStore.Review(subject, language, version, who,
                currentUser.require().username(), now()));
    }

    /** Signs off the published version of a page for a municipality: its readers no longer see "sample text". */
    @Transactional
    public void signOff(String slug, String municipalityId) {
        PageOverview page = published(slug);
        Municipality municipality = municipalities.find(municipalityId)
                .orElseThrow(() -> new Refusal("error.not-found"));
        store.saveSignOff(new TextReviewStore.SignOff(slug, municipality.id(), page.publishedVersion(),
                currentUser.require().username(), now()));
    }

    /** Every sign-off, with whether it is of the version readers see now. */
    public List<SignOffMark> signOffs() {
        Map<String, PageOverview> pages = information.pagesForEditing().stream()
                .collect(Collectors.toMap(PageOverview::slug, Function.identity()));
        return store.signOffs().stream().map(s -> {
            PageOverview page = pages.get(s.slug());
            Integer current = page == null ? null : page.publishedVersion();
            return new SignOffMark(s.slug(), page == null ? s.slug() : page.title(),
                    municipalities.find(s.municipalityId()).map(Municipality::name).orElse(s.municipalityId()),
                    s.version(), current != null && current == s.version(),
                    s.signedAt().toInstant(ZoneOffset.UTC));
        }).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private PageOverview published(String slug) {
        Optional<PageOverview> page = information.pagesForEditing().stream().filter(p -> p.slug().equals(slug))
                .findFirst();
        if (page.isEmpty() || page.get().publishedVersion() == null) {
            throw new Refusal("information.error.not-published");
        }
        return page.get();
    }
}
