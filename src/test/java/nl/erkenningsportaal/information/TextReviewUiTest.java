package nl.erkenningsportaal.information;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who checked a text (issue 21): administrators see which translations no native speaker has read, per language
 * and per page, and record who read one and when; the "sample text" line of a page disappears for the readers of a
 * municipality once that municipality has signed the page off, and only for them.
 */
class TextReviewUiTest extends KaribuTest {

    static final String PAGE = "regels-thuiswerk";
    static final String SAMPLE_NL = "Dit is een voorbeeldtekst";

    @Autowired
    TextReviewService reviews;

    @Autowired
    InformationService information;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetReviews() {
        jdbc.update("DELETE FROM information_page_sign_off WHERE page_slug = ?", PAGE);
        jdbc.update("DELETE FROM information_translation_review WHERE subject = ?", PAGE);
    }

    ReviewMark mark(String subject, String language) {
        return reviews.marks().stream().filter(m -> m.subject().equals(subject) && m.language().equals(language))
                .findFirst().orElseThrow();
    }

    String page(Locale locale, String municipalityId) {
        return information.read(PAGE, locale, municipalityId).orElseThrow().html();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_sees_what_no_native_speaker_read_and_records_a_review() {
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/vertalingen");
        assertThat(mark(PAGE, "th").state()).isEqualTo(ReviewMark.State.NOT_REVIEWED);
        assertThat(reviews.marks()).as("Dutch is the original; the eight others, the screens and every page")
                .extracting(ReviewMark::language).doesNotContain("nl").contains("th", "bg", "ro", "hu", "pl");
        assertThat(reviews.marks()).extracting(ReviewMark::subject).contains(TextReviewService.SCREENS, PAGE);
        Grid<ReviewMark> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().filter(m -> m.subject().equals(PAGE)
                && m.language().equals("th")).findFirst().orElseThrow().state())
                .isEqualTo(ReviewMark.State.NOT_REVIEWED);

        Select<String> text = _get(Select.class, s -> s.withLabel("Tekst"));
        _setValue(text, PAGE);
        Select<Locale> language = _get(Select.class, s -> s.withLabel("Taal"));
        _setValue(language, PortalI18nProvider.THAI);
        _setValue(_get(TextField.class, s -> s.withLabel("Wie las de tekst?")), "Thaise vrijwilliger, stichting X");
        _click(_get(Button.class, s -> s.withText("Nakijken vastleggen")));

        ReviewMark thai = mark(PAGE, "th");
        assertThat(thai.state()).isEqualTo(ReviewMark.State.REVIEWED);
        assertThat(thai.reviewer()).isEqualTo("Thaise vrijwilliger, stichting X");
        assertThat(thai.recordedAt()).isNotNull();
        assertThat(thai.reviewedVersion()).isEqualTo(thai.currentVersion());
        assertThat(mark(PAGE, "bg").state()).as("one language at a time").isEqualTo(ReviewMark.State.NOT_REVIEWED);

        // the same review against an older version reads as changed since
        jdbc.update("UPDATE information_translation_review SET version_no = version_no - 1 WHERE subject = ?", PAGE);
        assertThat(mark(PAGE, "th").state()).isEqualTo(ReviewMark.State.CHANGED_SINCE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_sample_line_disappears_only_for_the_municipality_that_signed_the_page_off() {
        assertThat(page(PortalI18nProvider.DUTCH, "GM1681")).contains(SAMPLE_NL);
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/vertalingen");
        Select<PageOverview> page = _get(Select.class, s -> s.withLabel("Pagina"));
        _setValue(page, page.getListDataView().getItems().filter(p -> p.slug().equals(PAGE)).findFirst()
                .orElseThrow());
        ComboBox<Municipality> municipality = _get(ComboBox.class, s -> s.withLabel("Gemeente"));
        _setValue(municipality, municipalities.find("GM1681").orElseThrow());
        _click(_get(Button.class, s -> s.withText("Akkoord vastleggen")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList()).anySatisfy(t -> assertThat(t)
                .startsWith("Regels voor sekswerk aan huis: Borger-Odoorn, versie " + mark(PAGE, "en").currentVersion()));
        logout();

        assertThat(page(PortalI18nProvider.DUTCH, "GM1681")).doesNotContain(SAMPLE_NL)
                .contains("Erkenning is vrijwillig");
        assertThat(page(PortalI18nProvider.THAI, "GM1681")).doesNotContain("ข้อความตัวอย่าง");
        assertThat(page(PortalI18nProvider.DUTCH, "GM1690")).as("another municipality has not signed it off")
                .contains(SAMPLE_NL);
        assertThat(information.read(PAGE, PortalI18nProvider.DUTCH, null).orElseThrow().html())
                .as("a visitor who chose no municipality").contains(SAMPLE_NL);

        login(Roles.OFFICER, "GM1681");
        UI.getCurrent().navigate("informatie/" + PAGE);
        assertThat(shownText()).as("the page as an officer of Borger-Odoorn reads it")
                .contains("Erkenning is vrijwillig").doesNotContain(SAMPLE_NL);
        login(Roles.OFFICER, "GM1690");
        UI.getCurrent().navigate("informatie/" + PAGE);
        assertThat(shownText()).contains(SAMPLE_NL);

        // a newer published version needs a new sign-off
        jdbc.update("UPDATE information_page_sign_off SET version_no = version_no - 1 WHERE page_slug = ?", PAGE);
        assertThat(page(PortalI18nProvider.DUTCH, "GM1681")).contains(SAMPLE_NL);
    }

    @Test
    void only_administrators_record_reviews_and_sign_offs() {
        login(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> reviews.recordReview(PAGE, "th", "iemand")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.signOff(PAGE, "GM0106")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.marks()).isInstanceOf(AccessDeniedException.class);
    }
}
