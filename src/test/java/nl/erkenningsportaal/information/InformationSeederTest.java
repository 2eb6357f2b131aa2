package nl.erkenningsportaal.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@IntegrationTest
class InformationSeederTest {

    @Autowired
    InformationSeeder seeder;

    @Autowired
    InformationService information;

    @Autowired
    InformationPageRepository pages;

    @Autowired
    PageVersionRepository versions;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void front_matter_gives_the_title_and_audience_and_the_rest_is_the_body() {
        ShippedPages.Parsed parsed = ShippedPages.parse("""
                ---
                title: "Signalen: wanneer is het uitbuiting?"
                audience: WORKERS
                ---
                ## Signalen

                Tekst.
                """, "test/nl");
        assertThat(parsed.title()).isEqualTo("Signalen: wanneer is het uitbuiting?");
        assertThat(parsed.audience()).isEqualTo(Audience.WORKERS);
        assertThat(parsed.body()).isEqualTo("## Signalen\n\nTekst.");
        assertThatThrownBy(() -> ShippedPages.parse("# Geen front matter", "test/nl"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_shipped_page_exists_published_with_its_shipped_text_and_seeding_again_changes_nothing() {
        Map<String, ShippedPages.ShippedPage> shipped = ShippedPages.load();
        assertThat(shipped).isNotEmpty();
        long before = versions.count();

        seeder.run(new DefaultApplicationArguments());

        assertThat(versions.count()).isEqualTo(before);
        for (ShippedPages.ShippedPage page : shipped.values()) {
            InformationPage stored = pages.findBySlug(page.slug()).orElseThrow();
            assertThat(stored.audience()).as(page.slug()).isEqualTo(page.audience());
            PageVersion first = versions.findByPageOrderByNumberDesc(stored).getLast();
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.status()).isEqualTo(PageStatus.PUBLISHED);
            assertThat(first.texts()).as(page.slug()).containsExactlyInAnyOrderElementsOf(page.texts().values());
        }
    }

    @Test
    void the_privacy_statement_version_moves_only_when_a_new_version_is_published() {
        int current = information.currentPrivacyStatementVersion();
        PrivacyStatement dutch = information.privacyStatement(Locale.of("nl"));
        assertThat(dutch.version()).isEqualTo(current);
        assertThat(dutch.html()).isNotBlank().doesNotContain("<script", "<h1");

        accounts.signInAs(Roles.ADMIN, null);
        EditableText text = information.editable(InformationService.PRIVACY, "nl", null);
        information.save(new PageEdit(InformationService.PRIVACY, "nl", null, text.title(), text.body(),
                PageStatus.DRAFT, text.lastReviewed(), text.baseVersion()));
        assertThat(information.currentPrivacyStatementVersion()).isEqualTo(current);

        EditableText draft = information.editable(InformationService.PRIVACY, "nl", null);
        information.save(new PageEdit(InformationService.PRIVACY, "nl", null, draft.title(), draft.body(),
                PageStatus.PUBLISHED, draft.lastReviewed(), draft.baseVersion()));
        TestAccounts.signOut();

        int published = information.currentPrivacyStatementVersion();
        assertThat(published).isGreaterThan(current);
        assertThat(information.privacyStatement(Locale.ENGLISH).version()).isEqualTo(published);
        assertThat(information.privacyStatement(Locale.of("nl")).title()).isEqualTo(dutch.title());
    }

    @Test
    void a_language_added_to_the_shipped_files_reaches_an_existing_page_without_touching_its_other_texts() {
        String slug = "taal-" + Long.toHexString(System.nanoTime());
        PageText dutch = new PageText("nl", "Proefpagina", "Tekst van het portaal.");
        seeder.seed(List.of(new ShippedPages.ShippedPage(slug, Audience.PUBLIC, Map.of("nl", dutch))));

        // an administrator publishes her own Dutch text (version 2) and starts a draft (version 3)
        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", null, "Proefpagina", "Tekst van de gemeente.",
                PageStatus.PUBLISHED, LocalDate.now(), 1));
        information.save(new PageEdit(slug, "nl", null, "Proefpagina", "Nieuwe tekst, nog niet klaar.",
                PageStatus.DRAFT, LocalDate.now(), 2));
        TestAccounts.signOut();

        // the portal now ships the page in Romanian and Bulgarian too
        PageText romanian = new PageText("ro", "Pagină de probă", "Textul portalului.");
        PageText bulgarian = new PageText("bg", "Пробна страница", "Текстът на портала.");
        ShippedPages.ShippedPage shipped = new ShippedPages.ShippedPage(slug, Audience.PUBLIC,
                Map.of("nl", new PageText("nl", "Proefpagina", "Nieuwere tekst van het portaal."), "ro", romanian,
                        "bg", bulgarian));
        seeder.seed(List.of(shipped));
        seeder.seed(List.of(shipped)); // a second start, or a second node, adds nothing more

        InformationPage page = pages.findBySlug(slug).orElseThrow();
        List<PageVersion> stored = versions.findByPageOrderByNumberDesc(page);
        assertThat(stored).extracting(PageVersion::number).containsExactly(3, 2, 1);
        assertThat(stored.get(0).texts()).containsExactlyInAnyOrder(
                new PageText("nl", "Proefpagina", "Nieuwe tekst, nog niet klaar."), romanian, bulgarian);
        assertThat(stored.get(1).texts()).containsExactlyInAnyOrder(
                new PageText("nl", "Proefpagina", "Tekst van de gemeente."), romanian, bulgarian);
        assertThat(stored.get(2).texts()).as("history stays as it was").containsExactly(dutch);

        RenderedPage read = information.read(slug, Locale.of("ro"), null).orElseThrow();
        assertThat(read.title()).isEqualTo("Pagină de probă");
        assertThat(read.fallback()).isFalse();
        assertThat(read.version()).isEqualTo(2);
        assertThat(information.read(slug, Locale.of("tr"), null).orElseThrow().html())
                .contains("Tekst van de gemeente.");
    }

    @Test
    void a_page_and_a_local_part_can_be_written_in_every_language_the_portal_offers() {
        String slug = "talen-" + Long.toHexString(System.nanoTime());
        seeder.seed(List.of(new ShippedPages.ShippedPage(slug, Audience.PUBLIC,
                Map.of("nl", new PageText("nl", "Talen", "Tekst.")))));
        accounts.signInAs(Roles.ADMIN, null);
        int version = 1;
        for (Locale locale : PortalI18nProvider.LOCALES) {
            information.save(new PageEdit(slug, locale.getLanguage(), null, "Titel " + locale, "Tekst " + locale,
                    PageStatus.PUBLISHED, LocalDate.now(), version++));
            information.save(new PageEdit(slug, locale.getLanguage(), "GM0106", "", "Assen " + locale,
                    PageStatus.PUBLISHED, LocalDate.now(), version++));
        }
        TestAccounts.signOut();
        for (Locale locale : PortalI18nProvider.LOCALES) {
            RenderedPage page = information.read(slug, locale, "GM0106").orElseThrow();
            assertThat(page.title()).isEqualTo("Titel " + locale);
            assertThat(page.local()).isNotNull();
            assertThat(page.local().html()).contains("Assen " + locale);
        }
    }
}
