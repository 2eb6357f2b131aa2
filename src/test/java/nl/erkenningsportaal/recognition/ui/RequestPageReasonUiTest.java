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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The officer's request page (issue 16): number, status and history show at once; the identity, messages and notes
 * only after a reason is chosen, and a missing or over-long reason is refused on its field, in the page's language,
 * before anything opens. The worker's rights are carried out from here, with how she asked.
 */
class RequestPageReasonUiTest extends KaribuTest {

    static final String NAME = "Pagina Persoon";
    static final String PHONE_MESSAGE = "Bel mij op 0612345678";

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    JdbcTemplate jdbc;

    long request() {
        fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(NAME, "9401 AB"), null));
        workers.sendMessage(PHONE_MESSAGE);
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM0106"));
        officers.addNote(id, "Notitie: " + NAME + " werkt met een vriendin");
        TestAccounts.signOut();
        return id;
    }

    int openings(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'REQUEST' AND subject = ? "
                + "AND action IN ('IDENTITY_VIEWED', 'MESSAGES_VIEWED')", Integer.class, Long.toString(id));
    }

    @SuppressWarnings("unchecked")
    static Select<AccessReason> reason() {
        return _get(Select.class, s -> s.withLabel("Reden"));
    }

    static TextField explanation() {
        return _get(TextField.class, s -> s.withLabel("Toelichting (niet verplicht)"));
    }

    @Test
    void nothing_identifying_shows_until_a_reason_is_chosen_and_then_it_opens() {
        long id = request();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        assertThat(shownText()).contains("Ingediend").doesNotContain(NAME, "0612345678", "Kerkstraat", "vriendin");

        _setValue(reason(), AccessReason.WORKERS_QUESTION);
        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        assertThat(shownText()).contains(NAME, "Kerkstraat 12a, 9401 AB Assen").doesNotContain("0612345678",
                "vriendin");
        _click(_get(Button.class, s -> s.withText("Berichten en notities openen")));
        assertThat(shownText()).contains(PHONE_MESSAGE, "werkt met een vriendin");
        assertThat(openings(id)).isEqualTo(2);
    }

    @Test
    void an_empty_reason_is_refused_on_its_field_and_opens_nothing() {
        long id = request();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        assertThat(reason().isInvalid()).isTrue();
        assertThat(reason().getErrorMessage()).isEqualTo("Kies een reden. Zonder reden gaat niets open.");
        _click(_get(Button.class, s -> s.withText("Berichten en notities openen")));
        assertThat(shownText()).doesNotContain(NAME, "0612345678");
        assertThat(openings(id)).isZero();
    }

    @Test
    void ten_thousand_characters_of_explanation_are_refused_on_the_field_in_english_too() {
        long id = request();
        login(Roles.OFFICER, "GM0106");
        locale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(RequestView.class, id);
        _setValue(_get(Select.class, s -> s.withLabel("Reason")), AccessReason.INTAKE);
        TextField explanation = _get(TextField.class, s -> s.withLabel("Explanation (optional)"));
        _setValue(explanation, "x".repeat(10_000));
        _click(_get(Button.class, s -> s.withText("Open identity")));
        assertThat(explanation.isInvalid()).isTrue();
        assertThat(explanation.getErrorMessage()).isEqualTo("The explanation is too long: at most 200 characters.");
        assertThat(shownText()).doesNotContain(NAME);
        assertThat(openings(id)).isZero();
    }

    @Test
    void an_invisible_character_the_form_lets_through_is_refused_by_the_service_on_the_field() {
        long id = request();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _setValue(reason(), AccessReason.CORRECTION);
        _setValue(explanation(), "adres\u202Everbeteren");
        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        assertThat(explanation().isInvalid()).isTrue();
        assertThat(explanation().getErrorMessage()).startsWith("De toelichting bevat onzichtbare tekens");
        assertThat(openings(id)).isZero();
    }

    @Test
    void the_officer_makes_a_copy_for_the_worker_at_her_request_after_checking_her_identity() {
        long id = request();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _click(_get(Button.class, s -> s.withText("Kopie van de gegevens maken")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(Button.class, s -> s.withText("Kopie maken")));
        TextField how = _get(TextField.class, s -> s.withLabel("Hoe vroeg de persoon erom?"));
        assertThat(how.getErrorMessage()).isEqualTo("Vul in hoe de persoon erom vroeg.");
        assertThat(how.isInvalid()).isTrue();
        Checkbox checked = _get(Checkbox.class, s -> s.withLabel("Ik heb het identiteitsbewijs van de persoon gezien."));
        assertThat(checked.isInvalid()).isTrue();
        _setValue(how, "x".repeat(10_000));
        _setValue(checked, true);
        _click(_get(Button.class, s -> s.withText("Kopie maken")));
        assertThat(how.getErrorMessage()).isEqualTo("Te lang: gebruik hoogstens 200 tekens.");
        assertThat(_find(Pre.class)).isEmpty();

        _setValue(how, "aan de balie");
        _click(_get(Button.class, s -> s.withText("Kopie maken")));
        assertThat(_get(Pre.class).getText()).contains(NAME, PHONE_MESSAGE);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DATA_EXPORTED' AND subject = ?",
                Integer.class, Long.toString(id))).isOne();
    }

    @Test
    void the_officer_erases_at_her_request_and_the_request_is_gone() {
        long id = request();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _click(_get(Button.class, s -> s.withText("Gegevens wissen")));
        _setValue(_get(TextField.class, s -> s.withLabel("Hoe vroeg de persoon erom?")), "bij het bezoek");
        _setValue(_get(Checkbox.class, s -> s.withLabel("Ik heb het identiteitsbewijs van de persoon gezien.")), true);
        _click(_get(Button.class, s -> s.withText("Voorgoed wissen")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class, id))
                .isZero();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(WorklistView.class);
    }

    @Test
    void the_worker_sees_who_looked_with_role_municipality_and_reason_but_not_who_or_what_was_typed() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(NAME, "9401 AB"), null));
        SignedInUser officer = accounts.create(Roles.OFFICER, "GM0106");
        TestAccounts.signIn(officer);
        officers.revealIdentity(id, new nl.erkenningsportaal.audit.StatedReason(AccessReason.RENEWAL,
                "verlenging besproken aan de telefoon"));
        TestAccounts.signOut();

        login(worker);
        UI.getCurrent().navigate("mijn-gegevens");
        assertThat(shownText()).contains("Handhaver (Assen) — heeft uw gegevens geopend — reden: verlenging van uw "
                + "erkenning").doesNotContain(officer.username(), "aan de telefoon");
    }
}
