package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.layout.ui.NotFoundView;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import nl.erkenningsportaal.recognition.RequestSummary;
import nl.erkenningsportaal.recognition.SignUp;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RecognitionUiTest extends KaribuTest {

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser workerWithConsent() {
        String username = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        long id = workers.signUp(new SignUp(username, "a long enough password", true,
                workers.privacyStatementVersion()));
        return new SignedInUser(id, username, Roles.WORKER, null, null);
    }

    @Test
    void a_visitor_signs_up_with_consent_and_without_e_mail() {
        UI.getCurrent().navigate("registreren");
        String username = "signup-" + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), username);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), "mijn lange wachtwoord");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Herhaal het nieuwe wachtwoord")), "mijn lange wachtwoord");
        _setValue(_get(Checkbox.class), true);
        _click(_get(Button.class, s -> s.withText("Account aanmaken")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account a JOIN worker_consent c ON c.account_id = "
                + "a.id WHERE a.username = ? AND a.role = 'WORKER' AND c.statement_version = ?", Integer.class,
                username, workers.privacyStatementVersion())).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_worker_requests_recognition_in_dutch_and_sees_the_status() {
        login(workerWithConsent());
        UI.getCurrent().navigate("mijn-aanvraag");
        fillRequest("Naam zoals in uw paspoort of identiteitskaart", "Geboortedatum", "Nationaliteit",
                "Talen die u spreekt", "Straat van het werkadres", "Huisnummer", "Postcode", "Plaats");
        _click(_get(Button.class, s -> s.withText("Aanvraag versturen")));
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Ingediend");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.endsWith("Aanvraag ingediend"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_worker_requests_recognition_in_english() {
        login(workerWithConsent());
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("mijn-aanvraag");
        _get(H1.class, s -> s.withText("My recognition"));
        fillRequest("Name as in your passport or identity card", "Date of birth", "Nationality",
                "Languages you speak", "Street of the work address", "House number", "Postcode", "Town");
        _click(_get(Button.class, s -> s.withText("Send request")));
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Submitted");
    }

    @Test
    void the_birth_date_calendar_speaks_the_language_of_the_page() {
        login(workerWithConsent());
        UI.getCurrent().navigate("mijn-aanvraag");
        DatePicker.DatePickerI18n dutch = _get(DatePicker.class, s -> s.withLabel("Geboortedatum")).getI18n();
        assertThat(dutch.getToday()).isEqualTo("Vandaag");
        assertThat(dutch.getCancel()).isEqualTo("Annuleren");
        assertThat(dutch.getMonthNames()).startsWith("januari", "februari");
        assertThat(dutch.getWeekdays()).startsWith("zondag", "maandag");
        assertThat(dutch.getFirstDayOfWeek()).as("the week starts on Monday in the Netherlands").isEqualTo(1);
        assertThat(dutch.getBadInputErrorMessage()).isEqualTo("Deze datum bestaat niet of is niet goed geschreven.");

        locale(Locale.ENGLISH);
        UI.getCurrent().navigate(""); // away and back: the page is built anew, in English
        UI.getCurrent().navigate("mijn-aanvraag");
        DatePicker.DatePickerI18n english = _get(DatePicker.class, s -> s.withLabel("Date of birth")).getI18n();
        assertThat(english.getToday()).isEqualTo("Today");
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getFirstDayOfWeek()).as("a week in Drenthe starts on Monday in every language").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_nationalities_are_listed_in_the_readers_alphabet() {
        login(workerWithConsent());
        for (Locale locale : List.of(Locale.of("ro"), Locale.of("pl"), Locale.of("th"))) {
            locale(locale);
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("mijn-aanvraag");
            ComboBox<String> nationality = _get(ComboBox.class,
                    s -> s.withLabel(UI.getCurrent().getTranslation("recognition.field.nationality")));
            List<String> shown = nationality.getListDataView().getItems()
                    .map(c -> Locale.of("", c).getDisplayCountry(locale)).toList();
            List<String> sorted = new java.util.ArrayList<>(shown);
            sorted.sort(java.text.Collator.getInstance(locale));
            assertThat(shown).as(locale.toString()).isEqualTo(sorted);
            if (locale.getLanguage().equals("ro")) {
                // by code point, "Țările de Jos" (the Netherlands) came last, after "Zimbabwe"
                assertThat(shown.indexOf("Țările de Jos")).isGreaterThan(shown.indexOf("Suedia"))
                        .isLessThan(shown.indexOf("Zambia"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void fillRequest(String name, String birth, String nationality, String languages, String street,
            String number, String postcode, String town) {
        _setValue(_get(TextField.class, s -> s.withLabel(name)), "Łucja O'Brien");
        _setValue(_get(DatePicker.class, s -> s.withLabel(birth)), LocalDate.of(1990, 5, 1));
        _setValue(_get(ComboBox.class, s -> s.withLabel(nationality)), "PL");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel(languages)), Set.of("pl", "en"));
        _setValue(_get(TextField.class, s -> s.withLabel(street)), "Kerkstraat");
        _setValue(_get(TextField.class, s -> s.withLabel(number)), "3");
        _setValue(_get(TextField.class, s -> s.withLabel(postcode)), "9401 AB");
        _setValue(_get(TextField.class, s -> s.withLabel(town)), "Assen");
        _setValue(_get(RadioButtonGroup.class), ContactPreference.PORTAL);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_opens_a_request_from_the_worklist_and_opening_the_identity_is_audited() {
        long id = fixtures.submittedInAssen("Worklist Persoon");
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving");
        Grid<RequestSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        UI.getCurrent().navigate(RequestView.class, id);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).noneMatch(t -> t.contains("Worklist Persoon"));
        _setValue(_get(Select.class, s -> s.withLabel("Reden")), AccessReason.INTAKE);
        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.contains("Worklist Persoon"));
        TestAccounts.signIn(accounts.create(Roles.ADMIN, null));
        assertThat(audit.forSubject("REQUEST", Long.toString(id))).first()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.IDENTITY_VIEWED));
    }

    @Test
    void a_guessed_address_of_another_municipalitys_request_shows_not_found() {
        long id = fixtures.submittedInAssen("Andere Gemeente");
        login(Roles.OFFICER, "GM1690");
        UI.getCurrent().navigate(RequestView.class, id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
        _get(H1.class, s -> s.withText("Pagina niet gevonden"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_recognises_at_the_door_in_english_and_gets_a_number_and_a_code() {
        login(Roles.OFFICER, "GM0106");
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("handhaving/aan-de-deur");
        fillRequest("Name as in your passport or identity card", "Date of birth", "Nationality",
                "Languages you speak", "Street of the work address", "House number", "Postcode", "Town");
        for (Checkbox c : _find(Checkbox.class)) {
            _setValue(c, true);
        }
        _click(_get(Button.class, s -> s.withText("Recognise and create a code")));
        assertThat(_find(Span.class, s -> s.withClasses("portal-secret")).stream().map(Span::getText))
                .anyMatch(t -> RecognitionNumber.parse(t).isPresent());
    }
}
