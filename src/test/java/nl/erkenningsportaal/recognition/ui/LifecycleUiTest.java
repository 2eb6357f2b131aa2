package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.layout.ui.NotFoundView;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.DeclineReason;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.NoHearingReason;
import nl.erkenningsportaal.recognition.ObjectionOutcome;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognisedWorkers;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lifecycle on the worker's page and the officer's pages, as a user clicks through them (issue 19). */
class LifecycleUiTest extends KaribuTest {

    @Autowired RecognitionFixtures fixtures;
    @Autowired RecognisedWorkers recognised;
    @Autowired WorkerRecognitionService workers;
    @Autowired OfficerRecognitionService officers;
    @Autowired JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_declined_worker_reads_why_and_how_to_object_objects_and_reads_the_upheld_outcome_on_her_page() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Ana Lima", "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.decline(id, DeclineReason.NO_SEX_WORK_AT_ADDRESS, "Bij het bezoek was er niemand.");

        login(worker);
        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(texts(Paragraph.class)).contains("Reden: Op dit adres vindt geen sekswerk plaats.",
                "Toelichting: Bij het bezoek was er niemand.")
                .anyMatch(t -> t.contains("bezwaar maken tot en met") && t.contains("Assen")
                        && t.contains("kost niets"));
        _setValue(_get(TextArea.class, s -> s.withLabel("Waarom bent u het niet eens met het besluit?")),
                "Ik werk daar op dinsdag en donderdag.");
        _click(_get(Button.class, s -> s.withText("Bezwaar indienen")));
        assertThat(texts(ListItem.class)).anyMatch(t -> t.startsWith("Ingediend op"));
        assertThat(_find(Button.class, s -> s.withText("Bezwaar indienen"))).isEmpty();

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving");
        assertThat(texts(RouterLink.class)).anyMatch(t -> t.startsWith("Ook te doen: "));
        UI.getCurrent().navigate(LifecycleWorkView.class);
        assertThat(texts(RouterLink.class)).anyMatch(t -> t.startsWith("Bezwaar bij aanvraag #" + id + " "));
        UI.getCurrent().navigate(RequestView.class, id);
        _click(_get(Button.class, s -> s.withText("Ontvangst bevestigen")));
        assertThat(texts(ListItem.class)).anyMatch(t -> t.startsWith("Ontvangst bevestigd op"));
        _click(_get(Button.class, s -> s.withText("Geen hoorzitting")));
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Reden")), NoHearingReason.GRANTED_IN_FULL);
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        _click(_get(Button.class, s -> s.withText("Beslissen op het bezwaar")));
        _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Uitkomst")), ObjectionOutcome.UPHELD);
        _setValue(_get(TextArea.class, s -> s.withLabel("Motivering van de beslissing")),
                "Het rooster toont dat u er werkt.");
        List<Button> decide = _find(Button.class, s -> s.withText("Beslissen op het bezwaar"));
        _click(decide.getLast()); // the dialog's button
        assertThat(texts(ListItem.class)).anyMatch(t -> t.contains("gegrond: het besluit is herroepen"));

        login(worker);
        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(texts(ListItem.class)).contains("Het rooster toont dat u er werkt.")
                .anyMatch(t -> t.contains("gegrond: het besluit is herroepen"));
        assertThat(texts(Span.class)).contains("Ingediend"); // her request is open again
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_move_from_assen_is_taken_over_in_de_wolden_and_assen_then_finds_nothing() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Bia Souza");
        long id = workers.myRequestIds().getFirst();
        login(w.worker());
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("mijn-aanvraag");
        _setValue(_get(TextField.class, s -> s.withLabel("Postcode of the new work address")), "7921 AB");
        _click(_get(Button.class, s -> s.withText("See what happens")));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("De Wolden takes part")
                && t.contains("Your number and its validity stay the same"));
        _setValue(_get(TextField.class, s -> s.withLabel("Street of the work address")), "Hoofdstraat");
        _setValue(_get(TextField.class, s -> s.withLabel("House number")), "3");
        _setValue(_get(TextField.class, s -> s.withLabel("Town")), "Zuidwolde");
        _click(_get(Button.class, s -> s.withText("Report move")));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("You reported a move to De Wolden"));

        login(Roles.OFFICER, "GM1690");
        locale(Locale.of("nl"));
        UI.getCurrent().navigate(LifecycleWorkView.class);
        long transferId = jdbc.queryForObject("SELECT id FROM recognition_transfer WHERE request_id = ?", Long.class,
                id);
        Component transfer = _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith(
                "Verhuizing #" + transferId + " uit Assen"))).getParent().orElseThrow();
        _setValue(_get(Select.class, s -> s.withLabel("Reden")), AccessReason.MOVE);
        _click(_get(transfer, Button.class, s -> s.withText("Nieuw werkadres openen")));
        assertThat(texts(Span.class)).contains("Hoofdstraat 3, 7921 AB Zuidwolde");
        _click(_get(transfer, Button.class, s -> s.withText("Overnemen")));
        UI.getCurrent().navigate(RequestView.class, id);
        assertThat(_find(NotFoundView.class)).isEmpty();

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void in_the_grace_period_she_asks_to_renew_and_the_officer_renews_after_the_conversation() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Carla Melo");
        long id = workers.myRequestIds().getFirst();
        jdbc.update("UPDATE recognition_request SET status = 'ENDED', end_reason = 'EXPIRED', valid_until = ? "
                + "WHERE id = ?", LocalDate.now().minusDays(10), id);
        login(w.worker());
        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Uw erkenning is verlopen op")
                && t.contains("kunt u nog verlengen met hetzelfde nummer"));
        _click(_get(Button.class, s -> s.withText("Verlenging aanvragen")));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("U heeft verlenging aangevraagd"));

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _click(_get(Button.class, s -> s.withText("Verlengen")));
        assertThat(texts(Span.class)).doesNotContain("Erkend"); // not before the conversation
        _click(_get(Button.class, s -> s.withText("Verlengingsgesprek vastleggen")));
        for (Checkbox c : _find(Checkbox.class)) {
            _setValue(c, true);
        }
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        _click(_get(Button.class, s -> s.withText("Verlengen")));
        assertThat(texts(Span.class)).contains("Erkend");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.contains(w.number().substring(0, 3)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void she_proposes_a_new_phone_number_and_sees_it_confirmed() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Dora Lopes");
        long id = workers.myRequestIds().getFirst();
        login(w.worker());
        UI.getCurrent().navigate("mijn-aanvraag");
        _click(_get(Button.class, s -> s.withText("Verbetering voorstellen")));
        _setValue(_get(TextField.class, s -> s.withLabel("Telefoonnummer")), "+31 6 55554444");
        _click(_get(Button.class, s -> s.withText("Voorstel versturen")));
        assertThat(texts(ListItem.class)).anyMatch(t -> t.endsWith("telefoonnummer — wacht op een handhaver"));

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _setValue(_get(Select.class, s -> s.withLabel("Reden")), AccessReason.CORRECTION);
        _click(_get(Button.class, s -> s.withText("Oude en nieuwe waarden openen")));
        assertThat(texts(ListItem.class)).contains("telefoonnummer: +31 6 12345678 → +31 6 55554444");
        _click(_get(Button.class, s -> s.withText("Verbetering doorvoeren")));

        login(w.worker());
        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(texts(ListItem.class)).anyMatch(t -> t.endsWith("telefoonnummer — doorgevoerd"));
        TestAccounts.signIn(w.worker());
        assertThat(workers.myIdentity().orElseThrow().phone()).isEqualTo("+31 6 55554444");
    }

    private static <T extends Component & HasText> List<String> texts(Class<T> type) {
        return _find(type).stream().map(HasText::getText).toList();
    }
}
