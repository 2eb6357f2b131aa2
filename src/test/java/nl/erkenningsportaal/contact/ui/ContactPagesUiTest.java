package nl.erkenningsportaal.contact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.contact.CareTopic;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.ReplyMethod;
import nl.erkenningsportaal.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The contact pages as their users meet them: a worker asks for exit support on her help page and reads the officer's
 * message there; a bad phone number is refused on its field in her language; a visitor without an account asks a
 * question (a form sent at once is turned away, as a script's would be); an officer of another municipality finds
 * nothing behind a task's address.
 */
class ContactPagesUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @SuppressWarnings("unchecked")
    static <T> RadioButtonGroup<T> radios(String label) {
        return _get(RadioButtonGroup.class, s -> s.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    static void chooseMunicipality(String name) {
        chooseMunicipality("Gemeente", name);
    }

    @SuppressWarnings("unchecked")
    static void chooseMunicipality(String label, String name) {
        RadioButtonGroup<Municipality> group = _get(RadioButtonGroup.class, s -> s.withLabel(label));
        _setValue(group, group.getListDataView().getItems().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow());
    }

    static void anonymousVisitor() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void a_worker_asks_for_exit_support_and_reads_the_assen_officers_message_on_her_help_page() {
        var worker = login(Roles.WORKER);
        UI.getCurrent().navigate(CareView.class);
        assertThat(shownText()).contains("Hulp en contact", "U heeft nog geen aanvraag gedaan");
        _setValue(radios("Waarover wilt u contact?"), CareTopic.EXIT);
        chooseMunicipality("Assen");
        _setValue(radios("Hoe wilt u contact?"), ContactMethod.PORTAL);
        _setValue(_get(TextArea.class, s -> s.withLabel("Wat wilt u alvast vertellen? (niet verplicht)")),
                "Liever overdag");
        _click(_get(Button.class, s -> s.withText("Vraag om contact")));
        assertThat(shownText()).contains("Uw hulpvragen", "Stoppen met sekswerk (uitstappen)", "Nieuw",
                "Een handhaver van gemeente Assen neemt contact met u op.");
        long id = jdbc.queryForObject("SELECT id FROM care_request WHERE account_id = ?", Long.class, worker.id());

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(CareTasksView.class);
        assertThat(shownText()).contains("Hulpvraag " + id + ": Stoppen met sekswerk (uitstappen)")
                .doesNotContain("Liever overdag");
        UI.getCurrent().navigate(CareTaskView.class, id);
        assertThat(shownText()).contains("Liever overdag", "is vastgelegd");
        _setValue(_get(TextArea.class, s -> s.withLabel("Bericht aan de vrager")), "Zullen we woensdag praten?");
        _click(_get(Button.class, s -> s.withText("Versturen")));
        assertThat(shownText()).contains("Mee bezig", "Zullen we woensdag praten?");

        login(worker);
        UI.getCurrent().navigate(CareView.class);
        assertThat(shownText()).contains("Zullen we woensdag praten?", "Mee bezig");
    }

    @Test
    void a_bad_phone_number_is_refused_on_its_field_in_english_and_nothing_is_stored() {
        var worker = login(Roles.WORKER);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate(CareView.class);
        _setValue(radios("What would you like contact about?"), CareTopic.DEBTS);
        chooseMunicipality("Municipality", "De Wolden");
        _setValue(radios("How would you like to be contacted?"), ContactMethod.PHONE);
        TextField phone = _get(TextField.class, s -> s.withLabel("Phone number"));
        _setValue(phone, "call me");
        _click(_get(Button.class, s -> s.withText("Ask for contact")));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo(
                "Enter a phone number of 6 to 15 digits, for example 06 12345678.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE account_id = ?", Integer.class,
                worker.id())).isZero();
    }

    @Test
    void a_visitor_without_an_account_asks_a_question_and_a_form_sent_at_once_is_turned_away() {
        logout();
        anonymousVisitor();
        UI.getCurrent().navigate(QuestionView.class);
        assertThat(shownText()).contains("Stel een vraag", "Wij vragen niet om uw naam", "Bel 112");
        String question = "Moet ik mijn naam geven? " + UUID.randomUUID();
        chooseMunicipality("De Wolden");
        _setValue(_get(TextArea.class, s -> s.withLabel("Uw vraag")), question);
        _setValue(radios("Wilt u een antwoord?"), ReplyMethod.NONE);
        _click(_get(Button.class, s -> s.withText("Vraag versturen")));
        expectNotifications("Het formulier is te snel verstuurd. Lees uw vraag nog eens na en verstuur hem opnieuw.");

        clock.advance(Duration.ofSeconds(10));
        _click(_get(Button.class, s -> s.withText("Vraag versturen")));
        assertThat(shownText()).contains("Uw vraag is verstuurd", "U krijgt geen antwoord, zoals u koos.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_question WHERE municipality_id = 'GM1690' "
                + "AND status = 'NEW'", Integer.class)).isPositive();
    }

    @Test
    void an_officer_of_another_municipality_finds_nothing_behind_a_care_tasks_address() {
        login(Roles.WORKER);
        UI.getCurrent().navigate(CareView.class);
        _setValue(radios("Waarover wilt u contact?"), CareTopic.PSYCHOSOCIAL);
        chooseMunicipality("Assen");
        _setValue(radios("Hoe wilt u contact?"), ContactMethod.PORTAL);
        _setValue(_get(TextArea.class, s -> s.withLabel("Wat wilt u alvast vertellen? (niet verplicht)")),
                "Alleen voor Assen");
        _click(_get(Button.class, s -> s.withText("Vraag om contact")));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM care_request", Long.class);
        TestAccounts.signOut();

        login(Roles.OFFICER, "GM1690");
        UI.getCurrent().navigate(CareTasksView.class);
        assertThat(shownText()).doesNotContain("Hulpvraag " + id + ":");
        UI.getCurrent().navigate(CareTaskView.class, id);
        assertThat(shownText()).contains("Pagina niet gevonden").doesNotContain("Alleen voor Assen");
    }

    @Test
    void an_unknown_answer_link_says_so_plainly() {
        logout();
        anonymousVisitor();
        UI.getCurrent().navigate(AnswerView.class, "abcdefghijklmnopqrstuvwxyz0123456789");
        assertThat(shownText()).contains("Deze link werkt niet (meer).");
    }
}
