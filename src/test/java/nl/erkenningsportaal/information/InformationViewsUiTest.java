package nl.erkenningsportaal.information;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.information.ui.InformationEditorView;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InformationViewsUiTest extends KaribuTest {

    static final Pattern MISSING_KEY = Pattern.compile("![a-z][a-z0-9._-]+!");
    static final LocalDate REVIEWED = LocalDate.of(2026, 11, 1);

    @Autowired
    InformationService information;

    @Autowired
    MunicipalityService municipalities;

    /** Everything a reader could see or hear on the current page: texts, labels, HTML bodies, titles. */
    static String everything() {
        List<String> parts = new ArrayList<>();
        for (Component component : _find(Component.class)) {
            Element element = component.getElement();
            element.getChildren().filter(Element::isTextNode).forEach(t -> parts.add(t.getText()));
            for (String property : List.of("label", "helperText", "placeholder", "innerHTML", "text")) {
                if (element.hasProperty(property)) {
                    parts.add(String.valueOf(element.getProperty(property)));
                }
            }
            for (String attribute : List.of("aria-label", "title")) {
                if (element.hasAttribute(attribute)) {
                    parts.add(element.getAttribute(attribute));
                }
            }
        }
        parts.add(UI.getCurrent().getInternals().getTitle());
        return String.join("\n", parts);
    }

    String page(Audience audience) {
        accounts.signInAs(Roles.ADMIN, null);
        String slug = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, audience);
        information.save(new PageEdit(slug, "nl", null, "Spreekuur van de GGD",
                "# Zo werkt het\n\nHet spreekuur is **gratis**.", PageStatus.PUBLISHED, REVIEWED, 0));
        TestAccounts.signOut();
        return slug;
    }

    String mainBody() {
        return _get(Div.class, spec -> spec.withClasses("portal-information-body")).getElement()
                .getProperty("innerHTML");
    }

    @Test
    void every_shipped_page_opens_in_every_language_with_its_title_as_the_only_h1() {
        var shipped = ShippedPages.load();
        assertThat(shipped.keySet()).contains(InformationService.PRIVACY, InformationService.ACCESSIBILITY);
        for (ShippedPages.ShippedPage page : shipped.values()) {
            if (page.audience() == Audience.WORKERS) {
                login(Roles.WORKER);
            }
            for (Locale locale : PortalI18nProvider.LOCALES) {
                locale(locale);
                UI.getCurrent().navigate("informatie/" + page.slug());
                PageText expected = page.texts().getOrDefault(locale.getLanguage(), page.texts().get("nl"));
                String where = page.slug() + " in " + locale;
                assertThat(_find(H1.class)).as(where).extracting(H1::getText).containsExactly(expected.title());
                assertThat(UI.getCurrent().getInternals().getTitle()).as(where)
                        .isEqualTo(expected.title() + " | " + UI.getCurrent().getTranslation("app.name"));
                assertThat(mainBody()).as(where).isNotBlank().doesNotContain("<h1", "<script");
                assertThat(MISSING_KEY.matcher(everything()).find()).as(where + ": " + everything()).isFalse();
                boolean fallback = !page.texts().containsKey(locale.getLanguage());
                assertThat(_find(Paragraph.class, spec -> spec.withClasses("portal-information-note")))
                        .as(where).hasSize(fallback ? 1 : 0);
            }
            logout();
        }
    }

    @Test
    void the_privacy_and_accessibility_statements_have_their_own_addresses() {
        UI.getCurrent().navigate("privacy");
        assertThat(_get(H1.class).getText())
                .isEqualTo(ShippedPages.load().get(InformationService.PRIVACY).texts().get("nl").title());
        UI.getCurrent().navigate("toegankelijkheid");
        assertThat(_get(H1.class).getText())
                .isEqualTo(ShippedPages.load().get(InformationService.ACCESSIBILITY).texts().get("nl").title());
    }

    @Test
    void a_missing_translation_shows_the_dutch_text_with_a_note_in_the_readers_language() {
        String slug = page(Audience.PUBLIC);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("informatie/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Spreekuur van de GGD");
        _get(Paragraph.class, spec -> spec.withText(
                "This page is not yet available in English; you are reading the Dutch text."));
        assertThat(mainBody()).contains("<h2>Zo werkt het</h2>", "<strong>gratis</strong>");
        locale(Locale.of("es"));
        UI.getCurrent().navigate("informatie/" + slug);
        _get(Paragraph.class, spec -> spec.withText(
                "Esta página aún no está disponible en español; está leyendo el texto en neerlandés."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_visitor_who_picks_a_municipality_sees_its_local_part_and_the_choice_is_remembered() {
        String slug = page(Audience.PUBLIC);
        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", "GM0106", "", "Inloop op dinsdag, zie de website van de GGD.",
                PageStatus.PUBLISHED, REVIEWED, 1));
        TestAccounts.signOut();
        Municipality assen = municipalities.find("GM0106").orElseThrow();
        Municipality deWolden = municipalities.find("GM1690").orElseThrow();

        UI.getCurrent().navigate("informatie/" + slug);
        assertThat(_find(H2.class, spec -> spec.withText("Aanvulling van de gemeente Assen"))).isEmpty();
        ComboBox<Municipality> choice = _get(ComboBox.class, spec -> spec.withLabel("Uw gemeente"));
        _setValue(choice, assen);
        _get(H2.class, spec -> spec.withText("Aanvulling van de gemeente Assen"));
        assertThat(everything()).contains("Inloop op dinsdag");

        UI.getCurrent().navigate("informatie");
        UI.getCurrent().navigate("informatie/" + slug);
        _get(H2.class, spec -> spec.withText("Aanvulling van de gemeente Assen"));

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Uw gemeente")), deWolden);
        assertThat(_find(H2.class, spec -> spec.withText("Aanvulling van de gemeente Assen"))).isEmpty();
        assertThat(everything()).doesNotContain("Inloop op dinsdag");
        _get(Paragraph.class, spec -> spec.withText("De gemeente De Wolden heeft voor deze pagina niets toegevoegd."));
    }

    @Test
    void an_officer_of_assen_sees_the_local_part_of_assen_without_choosing() {
        String slug = page(Audience.WORKERS);
        accounts.signInAs(Roles.ADMIN, null);
        information.save(new PageEdit(slug, "nl", "GM0106", "", "Alleen voor Assen.", PageStatus.PUBLISHED,
                REVIEWED, 1));
        TestAccounts.signOut();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("informatie/" + slug);
        assertThat(everything()).contains("Alleen voor Assen.");
        logout();
        login(Roles.OFFICER, "GM1690");
        UI.getCurrent().navigate("informatie/" + slug);
        assertThat(everything()).doesNotContain("Alleen voor Assen.");
    }

    @Test
    void a_page_for_workers_is_not_found_for_an_anonymous_visitor() {
        String slug = page(Audience.WORKERS);
        UI.getCurrent().navigate("informatie/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(everything()).doesNotContain("Spreekuur van de GGD");
        UI.getCurrent().navigate("informatie/bestaat-niet-" + UUID.randomUUID());
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void the_index_lists_the_public_pages_and_is_in_the_navigation() {
        String slug = page(Audience.PUBLIC);
        String hidden = page(Audience.WORKERS);
        UI.getCurrent().navigate("informatie");
        assertThat(_get(H1.class).getText()).isEqualTo("Informatie");
        List<String> links = _find(RouterLink.class).stream().map(RouterLink::getHref).toList();
        assertThat(links).contains("informatie/" + slug).doesNotContain("informatie/" + hidden);
        assertThat(navigation()).contains("informatie");
        assertThat(MISSING_KEY.matcher(everything()).find()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_edits_with_a_sanitised_live_preview_and_saves_a_new_version() {
        String slug = page(Audience.PUBLIC);
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/informatie");
        assertThat(_find(InformationEditorView.class)).hasSize(1);
        ComboBox<PageOverview> pages = _get(ComboBox.class, spec -> spec.withLabel("Pagina"));
        _setValue(pages, information.pagesForEditing().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow());
        Select<Locale> language = _get(Select.class, spec -> spec.withLabel("Taal"));
        _setValue(language, Locale.ENGLISH);
        assertThat(_get(Pre.class).getText()).startsWith("Spreekuur van de GGD").contains("Het spreekuur is **gratis**.");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "GGD consultation");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Tekst (Markdown)")),
                "# How it works\n\nIt is **free**.<script>alert(1)</script><img src=x onerror=alert(1)>");
        String preview = _get(Div.class, spec -> spec.withClasses("portal-information-preview")).getElement()
                .getProperty("innerHTML");
        assertThat(preview).contains("<h2>How it works</h2>", "<strong>free</strong>")
                .doesNotContain("<script", "<img", "onerror");

        Select<PageStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
        assertThat(status.getValue()).isEqualTo(PageStatus.DRAFT);
        _setValue(status, PageStatus.PUBLISHED);
        _click(_get(Button.class, spec -> spec.withText("Opslaan als nieuwe versie")));
        Grid<PageVersionInfo> history = _get(Grid.class, spec -> spec.withClasses("portal-information-history"));
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).number()).isEqualTo(2);

        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("informatie/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("GGD consultation");
    }

    @Test
    void other_roles_cannot_open_the_editor() {
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("beheer/informatie");
        assertThat(_find(InformationEditorView.class)).isEmpty();
        _get(H1.class, spec -> spec.withText("Geen toegang"));
    }
}
