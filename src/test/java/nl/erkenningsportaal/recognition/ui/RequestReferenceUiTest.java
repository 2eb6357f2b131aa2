package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestReference;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worker's status page shows a reference she can quote on the phone, and the officer's request page is headed
 * by the same reference; typed into the worklist's search it opens the request, misheard it is refused on the field
 * (issue 23).
 */
class RequestReferenceUiTest extends KaribuTest {

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Test
    void her_status_page_shows_the_reference_the_officer_sees() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Referentie Persoon", "9401 AB"), null));
        String reference = RequestReference.of(id);

        login(worker);
        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Uw referentie is " + reference + ". Noem die als u de gemeente belt over uw aanvraag.");

        logout();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving/aanvraag/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Aanvraag " + reference);
        assertThat(RequestReference.parse(reference)).contains(id);

        // the officer types the reference she is told on the phone into the worklist
        UI.getCurrent().navigate("handhaving");
        TextField search = _get(TextField.class, s -> s.withLabel("Zoek op referentie"));
        String misheard = reference.substring(0, reference.length() - 1) + (char) ('0' + (reference.charAt(
                reference.length() - 1) - '0' + 1) % 10);
        _setValue(search, misheard);
        ComponentUtil.fireEvent(search, new KeyPressEvent(search, "Enter"));
        assertThat(search.isInvalid()).as(misheard).isTrue();
        assertThat(search.getErrorMessage()).isEqualTo("Deze referentie klopt niet. Controleer de cijfers.");
        _setValue(search, reference.toLowerCase());
        assertThat(search.isInvalid()).isFalse();
        ComponentUtil.fireEvent(search, new KeyPressEvent(search, "Enter"));
        assertThat(_get(H1.class).getText()).isEqualTo("Aanvraag " + reference);
    }
}
