package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.layout.ui.NotFoundView;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent at the door and the letter (issue 16): the officer goes through the privacy statement in brief in the
 * worker's language and records her consent; without it nobody is registered; the A4 letter in her language holds
 * the privacy information, her code and how to use her rights without an account, and no name, address or number.
 */
class DoorLetterUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecognitionFixtures fixtures;

    @SuppressWarnings("unchecked")
    void fillIdentity(String name) {
        _setValue(_get(TextField.class, s -> s.withLabel("Naam zoals in uw paspoort of identiteitskaart")), name);
        _setValue(_get(DatePicker.class, s -> s.withLabel("Geboortedatum")), LocalDate.of(1992, 7, 9));
        _setValue(_get(ComboBox.class, s -> s.withLabel("Nationaliteit")), "BR");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Talen die u spreekt")), Set.of("pt"));
        _setValue(_get(TextField.class, s -> s.withLabel("Straat van het werkadres")), "Brinkstraat");
        _setValue(_get(TextField.class, s -> s.withLabel("Huisnummer")), "5");
        _setValue(_get(TextField.class, s -> s.withLabel("Postcode")), "9401 AB");
        _setValue(_get(TextField.class, s -> s.withLabel("Plaats")), "Assen");
        _setValue(_get(RadioButtonGroup.class), ContactPreference.PORTAL);
    }

    Checkbox box(String startOfLabel) {
        return _get(Checkbox.class, s -> s.withPredicate(c -> c.getLabel() != null
                && c.getLabel().startsWith(startOfLabel)));
    }

    int requestsNamedIn(String municipality) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE municipality_id = ?", Integer.class,
                municipality);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_explains_in_her_language_records_consent_and_prints_her_letter() {
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving/aan-de-deur");
        fillIdentity("Brief Persoon");
        Select<Locale> language = _get(Select.class, s -> s.withLabel("Taal van de uitleg"));
        assertThat(language.getValue()).as("the language she speaks").isEqualTo(Locale.of("pt"));
        assertThat(shownText()).contains("Os seus direitos", "Sem conta");
        // the intake checklist, not yet the consent
        _find(Checkbox.class).stream().filter(c -> !c.getLabel().startsWith("Ik heb de privacyverklaring")
                && !c.getLabel().startsWith("De persoon geeft")).forEach(c -> _setValue(c, true));
        int before = requestsNamedIn("GM0106");
        _click(_get(Button.class, s -> s.withText("Erkennen en code maken")));
        assertThat(box("Ik heb de privacyverklaring").isInvalid()).isTrue();
        assertThat(box("De persoon geeft uitdrukkelijk toestemming").getErrorMessage())
                .isEqualTo("Zonder uitleg en toestemming kan niemand worden erkend.");
        assertThat(requestsNamedIn("GM0106")).as("no consent, no registration").isEqualTo(before);

        _setValue(box("Ik heb de privacyverklaring"), true);
        _setValue(box("De persoon geeft uitdrukkelijk toestemming"), true);
        _click(_get(Button.class, s -> s.withText("Erkennen en code maken")));
        String number = _find(Span.class, s -> s.withClasses("portal-secret")).stream().map(Span::getText)
                .filter(t -> RecognitionNumber.parse(t).isPresent()).findFirst().orElseThrow();
        String code = _find(Span.class, s -> s.withClasses("portal-secret")).stream().map(Span::getText)
                .filter(t -> t.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")).findFirst().orElseThrow();
        _click(_get(Button.class, s -> s.withText("Brief afdrukken")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(DoorLetterView.class);
        assertThat(DoorLetterView.class.getAnnotation(StyleSheet.class).value()).isEqualTo("styles/letter.css");
        Article letter = _get(Article.class, s -> s.withClasses("portal-letter"));
        assertThat(letter.getElement().getAttribute("lang")).isEqualTo("pt");
        assertThat(_get(H1.class).getText()).isEqualTo("Informações sobre os seus dados");
        String onPaper = shownText();
        assertThat(onPaper).contains(code, "Município de Assen", "balcão da prefeitura de Assen", "/activeren",
                "versão " + fixtures.privacyStatementVersion(), "/privacy");
        assertThat(onPaper).as("whoever finds the letter learns as little as possible")
                .doesNotContain("Brief Persoon", "Brinkstraat", number, RecognitionNumber.grouped(number));

        // the code is shown once: opened again, the page offers a new letter with a new code
        long requestId = jdbc.queryForObject("SELECT MAX(id) FROM recognition_request WHERE municipality_id = 'GM0106'",
                Long.class);
        UI.getCurrent().navigate(RequestView.class, requestId);
        UI.getCurrent().navigate(DoorLetterView.class, requestId);
        assertThat(shownText()).doesNotContain(code);
        _click(_get(Button.class, s -> s.withText("Nieuwe brief met nieuwe code maken")));
        assertThat(_get(Article.class, s -> s.withClasses("portal-letter")).getElement().getAttribute("lang"))
                .isEqualTo("pt");
        assertThat(shownText()).doesNotContain(code).containsPattern("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
    }

    @Test
    void an_officer_of_another_municipality_finds_no_letter() {
        long id = fixtures.submittedInAssen("Geen Brief");
        login(Roles.OFFICER, "GM1690");
        UI.getCurrent().navigate(DoorLetterView.class, id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }
}
