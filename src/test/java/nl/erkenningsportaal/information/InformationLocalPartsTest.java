package nl.erkenningsportaal.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A policy maker of a municipality writes her municipality's local part of an information page through the editor's
 * service, with history; she never changes the region-wide text or another municipality's part, and she cannot
 * publish the region's unpublished draft along with hers.
 */
@IntegrationTest
class InformationLocalPartsTest {

    static final Locale DUTCH = Locale.of("nl");
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

    String publishedPage() {
        accounts.signInAs(Roles.ADMIN, null);
        String slug = "lokaal-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        information.save(new PageEdit(slug, "nl", null, "Hulp in de regio", "De tekst van de regio.",
                PageStatus.PUBLISHED, REVIEWED, 0));
        TestAccounts.signOut();
        return slug;
    }

    int latest(String slug) {
        return information.history(slug).getFirst().number();
    }

    @Test
    void the_policy_maker_of_de_wolden_publishes_its_local_part_and_the_regional_text_stays() {
        String slug = publishedPage();
        SignedInUser policy = accounts.create(Roles.POLICY, "GM1690");

        TestAccounts.signIn(policy);
        assertThat(information.pagesForEditing()).extracting(PageOverview::slug).contains(slug);
        assertThat(information.editable(slug, "nl", "GM1690").body()).isEmpty();
        information.save(new PageEdit(slug, "nl", "GM1690", "", "Spreekuur in **Zuidwolde**.", PageStatus.PUBLISHED,
                REVIEWED, latest(slug)));

        RenderedPage deWolden = information.read(slug, DUTCH, "GM1690").orElseThrow();
        assertThat(deWolden.html()).contains("De tekst van de regio.");
        assertThat(deWolden.local()).isNotNull();
        assertThat(deWolden.local().html()).contains("<strong>Zuidwolde</strong>");
        assertThat(information.read(slug, DUTCH, "GM0106").orElseThrow().local()).as("Assen has no part").isNull();
        assertThat(information.history(slug)).hasSize(2).first()
                .satisfies(v -> assertThat(v.savedBy()).isEqualTo(policy.username()));

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("INFORMATION_PAGE", slug)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PAGE_PUBLISHED);
            assertThat(e.reason()).contains("part=GM1690");
        });
    }

    @Test
    void she_reaches_neither_the_regional_text_nor_another_municipalitys_part() {
        String slug = publishedPage();
        TestAccounts.signIn(accounts.create(Roles.POLICY, "GM1690"));
        int base = latest(slug);

        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", null, "Overgenomen", "Andere tekst.",
                PageStatus.PUBLISHED, REVIEWED, base))).isInstanceOf(Refusal.class).hasMessage("error.not-found");
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", "GM0106", "", "Assen volgens De Wolden.",
                PageStatus.PUBLISHED, REVIEWED, base))).isInstanceOf(Refusal.class).hasMessage("error.not-found");
        assertThatThrownBy(() -> information.editable(slug, "nl", "GM0106")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> information.editable(slug, "nl", null)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> information.createPage(slug + "-x", Audience.PUBLIC))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> information.save(new PageEdit(InformationService.PRIVACY, "nl", "GM1690", "",
                "Lokaal.", PageStatus.PUBLISHED, REVIEWED, latest(InformationService.PRIVACY), true)))
                .as("asking every worker for consent again is the administrator's").isInstanceOf(Refusal.class)
                .hasMessage("information.error.consent-again");

        TestAccounts.signIn(accounts.create(Roles.POLICY, null));
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", "GM1690", "", "Regionaal beleid.",
                PageStatus.PUBLISHED, REVIEWED, base))).as("a regional policy maker has no local part")
                .isInstanceOf(Refusal.class).hasMessage("error.not-found");

        assertThat(information.history(slug)).as("nothing was saved").hasSize(1);
        assertThat(information.read(slug, DUTCH, "GM0106").orElseThrow().html()).contains("De tekst van de regio.");
    }

    @Test
    void while_the_region_has_an_unpublished_draft_her_part_is_saved_as_a_draft_only() {
        String slug = publishedPage();
        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", null, "Hulp in de regio", "Nieuwe regiotekst in wording.",
                PageStatus.DRAFT, REVIEWED, 1));

        TestAccounts.signIn(accounts.create(Roles.POLICY, "GM1690"));
        assertThatThrownBy(() -> information.save(new PageEdit(slug, "nl", "GM1690", "", "Lokaal.",
                PageStatus.PUBLISHED, REVIEWED, 2))).isInstanceOf(Refusal.class)
                .hasMessage("information.error.region-draft-pending");
        assertThat(information.read(slug, DUTCH, "GM1690").orElseThrow().html())
                .as("the region's draft was not published").contains("De tekst van de regio.")
                .doesNotContain("in wording");

        information.save(new PageEdit(slug, "nl", "GM1690", "", "Lokaal.", PageStatus.DRAFT, REVIEWED, 2));
        assertThat(information.history(slug)).hasSize(3).first()
                .satisfies(v -> assertThat(v.status()).isEqualTo(PageStatus.DRAFT));
    }
}
