package nl.erkenningsportaal.information;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The privacy statement ends with "what we keep and how long", generated from the processing register in the
 * reader's language, with each municipality's own terms.
 */
class PrivacyStatementRetentionUiTest extends KaribuTest {

    @Autowired
    ProcessingRegister register;

    @Autowired
    MunicipalityService municipalities;

    private List<String> rows() {
        return _find(NativeTableRow.class).stream().map(row -> row.getChildren()
                .map(cell -> cell.getElement().getText()).collect(Collectors.joining(" | "))).toList();
    }

    @Test
    void a_visitor_reads_every_rule_in_dutch_and_in_english() {
        UI.getCurrent().navigate("privacy");
        _get(H2.class, spec -> spec.withText("Wat wij bewaren en hoe lang"));
        List<String> dutch = rows();
        assertThat(dutch).hasSize(register.rules().size() + 1);
        assertThat(dutch.getFirst()).isEqualTo("Wat | Waarvoor | Wie ziet het | Hoe lang");
        assertThat(dutch).contains("Het adres en de notities van een huisbezoek waarbij niemand opendeed of de "
                + "persoon niet wilde praten | Huisbezoeken en advertenties van handhavers | handhavers van uw "
                + "gemeente | gewist 6 weken na het bezoek");
        assertThat(dutch).anySatisfy(r -> assertThat(r).startsWith("Een afspraak bij de GGD")
                .contains("uzelf, de GGD").endsWith("gewist 12 maanden na de afspraak"));

        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("privacy");
        _get(H2.class, spec -> spec.withText("What we keep and how long"));
        assertThat(rows()).contains("The address and notes of a home visit where nobody opened or the person did not "
                + "want to talk | Home visits and advertisements found by officers | enforcement officers of your "
                + "municipality | erased 6 weeks after the visit");
        assertThat(rows()).anySatisfy(r -> assertThat(r).startsWith("A link in an e-mail")
                .endsWith("erased within a day after the link was used or expired"));
    }

    @Test
    void every_language_of_the_portal_reads_a_row_for_every_rule_in_its_own_words() {
        assertThat(PortalI18nProvider.LOCALES).hasSizeGreaterThanOrEqualTo(4);
        for (Locale language : PortalI18nProvider.LOCALES) {
            ResourceBundle texts = PortalI18nProvider.bundle("i18n/privacy", language);
            locale(language);
            UI.getCurrent().navigate("privacy");
            _get(H2.class, spec -> spec.withText(texts.getString("privacy.statement.title")));
            List<String> rows = rows();
            assertThat(rows).as(language + ": a heading and a row per rule").hasSize(register.rules().size() + 1);
            for (RetentionRule rule : register.rules()) {
                assertThat(rows).as(language + ": " + rule.id()).anySatisfy(r -> assertThat(r)
                        .startsWith(texts.getString(rule.whatKey()) + " | "));
            }
            assertThat(String.join("\n", rows)).as(language + ": no key shown instead of a text")
                    .doesNotContain("privacy.", "!{", "{0}");
        }
    }

    @Test
    void where_municipalities_chose_different_terms_each_is_shown_and_a_readers_own_alone() {
        TestAccounts.signIn(accounts.create(Roles.ADMIN, null));
        RetentionSettings before = municipalities.find("GM1690").orElseThrow().retention();
        municipalities.updateRetention("GM1690", new RetentionSettings(before.declinedMonths(), before.endedYears(),
                before.bookingsMonths(), 4, before.visitsMonths(), before.advertisementsMonths()));
        try {
            TestAccounts.signOut();
            UI.getCurrent().navigate("privacy");
            assertThat(rows()).anySatisfy(r -> assertThat(r).startsWith("Het adres en de notities")
                    .endsWith("gewist 6 weken (Aa en Hunze, Assen, Borger-Odoorn) of 4 weken (De Wolden) na het bezoek"));

            login(Roles.OFFICER, "GM1690");
            UI.getCurrent().navigate("privacy");
            _get(Paragraph.class, spec -> spec.withText(
                    "Deze tabel komt rechtstreeks uit het verwerkingsregister van het portaal. Iedere nacht wist "
                            + "het portaal wat over tijd is. De termijnen zijn die van de gemeente De Wolden. Anonieme "
                            + "cijfers (aantallen zonder namen) blijven bewaard."));
            assertThat(rows()).anySatisfy(r -> assertThat(r).startsWith("Het adres en de notities")
                    .endsWith("gewist 4 weken na het bezoek"));
        } finally {
            TestAccounts.signIn(accounts.create(Roles.ADMIN, null));
            municipalities.updateRetention("GM1690", before);
            TestAccounts.signOut();
        }
    }
}
