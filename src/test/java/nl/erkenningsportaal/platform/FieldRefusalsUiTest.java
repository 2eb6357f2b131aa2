package nl.erkenningsportaal.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A server's refusal of free text says which field it concerns and is shown on that field (issue 23): the worker's
 * message with a right-to-left override, an officer's visit address too long for the database. The message names the
 * field in the reader's language, stays until the field is changed, and nothing is stored.
 */
class FieldRefusalsUiTest extends KaribuTest {

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OutreachService outreach;

    @Test
    void a_message_with_invisible_characters_is_refused_on_the_message_field_which_the_refusal_names() {
        SignedInUser worker = fixtures.signedInWorker();
        workers.submit(new NewRequest(RecognitionFixtures.identity("Bericht Schrijver", "9401 AB"), null));
        login(worker);
        UI.getCurrent().navigate("mijn-aanvraag");
        TextArea message = _get(TextArea.class, s -> s.withLabel("Schrijf een bericht"));
        changeInBrowser(message, "value", "Ik ben \u202Everhuisd");
        clearNotifications();
        _click(_get(Button.class, s -> s.withText("Versturen")));

        assertThat(message.isInvalid()).as("the field is marked").isTrue();
        assertThat(message.getErrorMessage())
                .isEqualTo("Schrijf een bericht: bevat onzichtbare of besturingstekens. Typ de tekst opnieuw.");
        expectNoNotifications();
        assertThat(workers.myRequest().orElseThrow().messages()).as("nothing sent").isEmpty();

        // in English the field is named in English
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("mijn-aanvraag");
        TextArea english = _get(TextArea.class, s -> s.withLabel("Write a message"));
        changeInBrowser(english, "value", "x".repeat(nl.erkenningsportaal.recognition.Limits.MESSAGE_MAX + 1));
        _click(_get(Button.class, s -> s.withText("Send")));
        assertThat(english.getErrorMessage()).startsWith("Write a message: too long.");

        // corrected, the message goes from the field
        changeInBrowser(english, "value", "I have moved.");
        assertThat(english.isInvalid()).isFalse();
    }

    @Test
    void an_officers_visit_address_too_long_is_refused_on_the_address_field_which_the_refusal_names() {
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving/outreach");
        int visits = outreach.visits(null, LocalDate.now().minusDays(2), LocalDate.now().plusDays(1)).size();
        _click(_get(Button.class, s -> s.withText("Bezoek vastleggen")));
        Dialog dialog = _get(Dialog.class);
        TextField address = _get(dialog, TextField.class, s -> s.withLabel("Adres"));
        changeInBrowser(address, "value", "Stationsstraat " + "9".repeat(1_000));
        @SuppressWarnings("unchecked")
        Select<Outcome> outcome = _get(dialog, Select.class, s -> s.withLabel("Uitkomst"));
        outcome.setValue(Outcome.INFORMED);
        clearNotifications();
        _click(_get(dialog, Button.class, s -> s.withText("Opslaan")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).startsWith("Adres: vul tussen 1 en ");
        expectNoNotifications();
        assertThat(_find(Dialog.class)).as("the dialog stays to correct it").hasSize(1);
        assertThat(outreach.visits(null, LocalDate.now().minusDays(2), LocalDate.now().plusDays(1))).hasSize(visits);
    }
}
