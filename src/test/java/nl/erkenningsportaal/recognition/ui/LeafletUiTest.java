package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.junit.jupiter.api.Test;

/**
 * The leaflet for the door (issue 21): an officer prints, for her municipality, the landing page's plain words in the
 * language of the person at the door, with the Dutch beside it if she likes, the confirmed help lines, and a QR code
 * and the portal's address; nobody else opens it.
 */
class LeafletUiTest extends KaribuTest {

    /** Everything the leaflet puts on paper (the print style sheet hides the rest of the page). */
    static String onPaper() {
        return _get(Div.class, s -> s.withClasses("portal-leaflet")).getElement().getTextRecursively();
    }

    static List<String> sides() {
        return _find(Article.class, s -> s.withClasses("portal-leaflet-side")).stream()
                .map(a -> a.getElement().getAttribute("lang")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_prints_it_in_thai_and_bulgarian_with_the_dutch_beside_it() {
        login(Roles.OFFICER, "GM0106");
        assertThat(navigation()).contains("handhaving/folder");
        UI.getCurrent().navigate("handhaving/folder");
        assertThat(sides()).as("the officer's own language first").containsExactly("nl");

        Select<Locale> language = _get(Select.class, s -> s.withLabel("Taal van de folder"));
        _setValue(language, PortalI18nProvider.THAI);
        assertThat(sides()).containsExactly("th");
        String thai = onPaper();
        assertThat(thai).contains("เทศบาล Assen", "112", "0800-7000", "0800-2000", "http://localhost:8080");
        assertThat(thai).as("what the landing page says, in Thai")
                .contains(getTranslation(PortalI18nProvider.THAI, "landing.voluntary.title"),
                        getTranslation(PortalI18nProvider.THAI, "landing.ggd.text"));
        assertThat(thai).doesNotContain("Erkenning voor sekswerk aan huis");

        _setValue(_get(Checkbox.class, s -> s.withLabel("Met de Nederlandse tekst ernaast")), true);
        assertThat(sides()).containsExactly("th", "nl");
        assertThat(onPaper()).contains("Erkenning voor sekswerk aan huis", "Gemeente Assen",
                getTranslation(PortalI18nProvider.THAI, "landing.title"));
        assertThat(_get(Div.class, s -> s.withClasses("portal-leaflet")).getElement().getAttribute("data-sides"))
                .isEqualTo("2");

        _setValue(language, PortalI18nProvider.BULGARIAN);
        assertThat(sides()).containsExactly("bg", "nl");
        assertThat(onPaper()).contains("Община Assen", "Сканирайте кода");
        Image qr = _get(Image.class, s -> s.withClasses("portal-leaflet-qr"));
        assertThat(qr.getAlt()).contains("QR код с адреса на портала");
        assertThat(qr.getSrc()).as("drawn by the portal itself, no outside QR service").doesNotStartWith("http");

        _setValue(language, PortalI18nProvider.DUTCH);
        assertThat(sides()).as("Dutch beside Dutch would say everything twice").containsExactly("nl");
    }

    @Test
    void only_officers_open_it() {
        login(Roles.WORKER);
        assertThat(navigation()).doesNotContain("handhaving/folder");
        UI.getCurrent().navigate("handhaving/folder");
        assertThat(_find(LeafletView.class)).isEmpty();
        login(Roles.GGD);
        UI.getCurrent().navigate("handhaving/folder");
        assertThat(_find(LeafletView.class)).isEmpty();
    }

    static String getTranslation(Locale locale, String key) {
        return UI.getCurrent().getTranslation(locale, key);
    }
}
