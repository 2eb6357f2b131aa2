package nl.erkenningsportaal.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditEntry;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class InformationServiceTest {

    static final Locale DUTCH = Locale.of("nl");
    static final Locale SPANISH = Locale.of("es");
    static final LocalDate REVIEWED = LocalDate.of(2026, 11, 1);

    @Autowired
    InformationService information;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A new page with a unique slug, published in Dutch by a fresh admin. */
    String publishedDutchPage(Audience audience) {
        accounts.signInAs(Roles.ADMIN, null);
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, audience);
        information.save(new PageEdit(slug, "nl", null, "Regels voor thuiswerk",
                "# Regels\n\nU werkt **vrijwillig**.\n\n- regel een\n- regel twee", PageStatus.PUBLISHED,
                REVIEWED, 0));
        TestAccounts.signOut();
        return slug;
    }

    @Test
    void a_missing_translation_falls_back_to_dutch_and_says_so() {
        String slug = publishedDutchPage(Audience.PUBLIC);

        RenderedPage english = information.read(slug, Locale.ENGLISH, null).orElseThrow();
        assertThat(english.title()).isEqualTo("Regels voor thuiswerk");
        assertThat(english.language()).isEqualTo(DUTCH);
        assertThat(english.fallback()).isTrue();
        assertThat(english.html()).contains("<h2>Regels</h2>", "<strong>vrijwillig</strong>", "<li>regel een</li>");

        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "en", null, "Rules for working from home", "You work **voluntarily**.",
                PageStatus.PUBLISHED, REVIEWED, 1));
        TestAccounts.signOut();

        RenderedPage translated = information.read(slug, Locale.ENGLISH, null).orElseThrow();
        assertThat(translated.title()).isEqualTo("Rules for working from home");
        assertThat(translated.fallback()).isFalse();
        assertThat(information.read(slug, SPANISH, null).orElseThrow().fallback()).isTrue();
        assertThat(information.read(slug, DUTCH, null).orElseThrow().fallback()).isFalse();
    }

    @Test
    void only_an_admin_creates_edits_and_sees_the_history() {
        String slug = publishedDutchPage(Audience.PUBLIC);
        PageEdit edit = new PageEdit(slug, "nl", null, "Overgenomen", "<script>alert(1)</script>",
                PageStatus.PUBLISHED, REVIEWED, 1);
        // a policy maker edits her municipality's local parts only: InformationLocalPartsTest
        for (String role : List.of(Roles.WORKER, Roles.OFFICER, Roles.GGD, Roles.COORDINATOR)) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> information.save(edit)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> information.createPage(slug + "-x", Audience.PUBLIC)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> information.editable(slug, "nl", null)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> information.history(slug)).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> information.pagesForEditing()).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        TestAccounts.signOut();
        assertThatThrownBy(() -> information.save(edit))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(information.read(slug, DUTCH, null).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void every_save_is_a_new_version_with_who_and_when_and_readers_see_the_newest_published_one() {
        String slug = publishedDutchPage(Audience.PUBLIC);
        SignedInUser second = accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", null, "Regels (concept)", "Nieuwe tekst in wording.",
                PageStatus.DRAFT, REVIEWED, 1));

        assertThat(information.read(slug, DUTCH, null).orElseThrow())
                .satisfies(p -> assertThat(p.version()).isEqualTo(1))
                .satisfies(p -> assertThat(p.title()).isEqualTo("Regels voor thuiswerk"));
        assertThat(information.editable(slug, "nl", null).title()).isEqualTo("Regels (concept)");

        information.save(new PageEdit(slug, "nl", null, "Regels, herzien", "Herziene tekst.", PageStatus.PUBLISHED,
                REVIEWED.plusDays(1), 2));
        assertThat(information.read(slug, DUTCH, null).orElseThrow())
                .satisfies(p -> assertThat(p.version()).isEqualTo(3))
                .satisfies(p -> assertThat(p.title()).isEqualTo("Regels, herzien"))
                .satisfies(p -> assertThat(p.lastReviewed()).isEqualTo(REVIEWED.plusDays(1)));

        List<PageVersionInfo> history = information.history(slug);
        assertThat(history).extracting(PageVersionInfo::number).containsExactly(3, 2, 1);
        assertThat(history).extracting(PageVersionInfo::status)
                .containsExactly(PageStatus.PUBLISHED, PageStatus.DRAFT, PageStatus.PUBLISHED);
        assertThat(history.get(0).savedBy()).isEqualTo(second.username());
        assertThat(history.get(2).savedBy()).isNotEqualTo(second.username()).startsWith("admin-");
        assertThat(history.get(0).savedAt()).isAfterOrEqualTo(history.get(1).savedAt());

        assertThat(audit.forSubject(InformationService.SUBJECT_TYPE, slug)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PAGE_PUBLISHED, AuditAction.PAGE_SAVED, AuditAction.PAGE_PUBLISHED,
                        AuditAction.PAGE_SAVED);
    }

    @Test
    void a_save_on_top_of_an_older_version_is_refused() {
        String slug = publishedDutchPage(Audience.PUBLIC);
        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "en", null, "Rules", "Text.", PageStatus.PUBLISHED, REVIEWED, 1));
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", null, "Oud", "Oude tekst.",
                PageStatus.PUBLISHED, REVIEWED, 1)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("information.error.changed-meanwhile"));
        assertThat(information.history(slug)).hasSize(2);
    }

    @Test
    void the_service_refuses_an_empty_title_a_review_date_in_the_future_and_an_unknown_language() {
        String slug = publishedDutchPage(Audience.PUBLIC);
        accounts.signInAs(Roles.ADMIN, null);
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", null, " ", "Tekst.",
                PageStatus.PUBLISHED, REVIEWED, 1))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", null, "Titel", "Tekst.",
                PageStatus.PUBLISHED, LocalDate.now().plusDays(3), 1))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "de", null, "Titel", "Text.",
                PageStatus.PUBLISHED, REVIEWED, 1))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> information.createPage("Geen Geldig Adres!", Audience.PUBLIC))
                .isInstanceOf(Refusal.class);
        assertThat(information.history(slug)).hasSize(1);
    }

    @Test
    void the_local_part_shows_only_for_its_own_municipality() {
        String slug = publishedDutchPage(Audience.PUBLIC);
        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", "GM0106", "", "## Spreekuur\n\nAlleen voor Assen.",
                PageStatus.PUBLISHED, REVIEWED, 1));
        TestAccounts.signOut();

        RenderedPage assen = information.read(slug, DUTCH, "GM0106").orElseThrow();
        assertThat(assen.local()).isNotNull();
        assertThat(assen.local().municipalityName()).isEqualTo("Assen");
        assertThat(assen.local().html()).contains("<h3>Spreekuur</h3>", "Alleen voor Assen.");
        assertThat(assen.html()).doesNotContain("Alleen voor Assen.");
        assertThat(assen.municipalitiesWithLocalPart()).containsExactly("GM0106");

        assertThat(information.read(slug, DUTCH, "GM1690").orElseThrow().local()).isNull();
        assertThat(information.read(slug, DUTCH, null).orElseThrow().local()).isNull();

        RenderedPage english = information.read(slug, Locale.ENGLISH, "GM0106").orElseThrow();
        assertThat(english.local()).isNotNull();
        assertThat(english.local().fallback()).isTrue();

        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", "GM0106", "", "", PageStatus.PUBLISHED, REVIEWED, 2));
        assertThat(information.read(slug, DUTCH, "GM0106").orElseThrow().local()).isNull();
    }

    @Test
    void a_page_for_workers_is_not_found_for_an_anonymous_visitor_but_readable_when_signed_in() {
        String slug = publishedDutchPage(Audience.WORKERS);
        assertThat(information.read(slug, DUTCH, null)).isEmpty();
        assertThat(information.readablePages(DUTCH)).extracting(PageSummary::slug).doesNotContain(slug);

        accounts.signInAs(Roles.WORKER, null);
        assertThat(information.read(slug, DUTCH, null)).isPresent();
        assertThat(information.readablePages(DUTCH)).extracting(PageSummary::slug).contains(slug);
    }

    @Test
    void a_page_without_a_published_version_is_not_found() {
        accounts.signInAs(Roles.ADMIN, null);
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        information.save(new PageEdit(slug, "nl", null, "Concept", "Nog niet klaar.", PageStatus.DRAFT, REVIEWED,
                0));
        TestAccounts.signOut();
        assertThat(information.read(slug, DUTCH, null)).isEmpty();
        assertThat(information.readablePages(DUTCH)).extracting(PageSummary::slug).doesNotContain(slug);
    }

    @Test
    void script_saved_by_an_editor_never_reaches_a_reader() {
        accounts.signInAs(Roles.ADMIN, null);
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        information.save(new PageEdit(slug, "nl", null, "Titel",
                "Tekst <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))",
                PageStatus.PUBLISHED, REVIEWED, 0));
        information.save(new PageEdit(slug, "nl", "GM0106", "", "<svg onload=alert(1)></svg>Lokaal",
                PageStatus.PUBLISHED, REVIEWED, 1));
        RenderedPage page = information.read(slug, DUTCH, "GM0106").orElseThrow();
        assertThat(page.html() + page.local().html()).doesNotContain("<script", "<img", "onerror", "javascript:",
                "<svg", "onload").contains("Tekst", "Lokaal");
    }
}
