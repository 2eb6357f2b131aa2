package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officer's request page guides the steps in order — plan the talk, record it, then decide — with the next step
 * named and as the primary button, and "recognise" offered only once the recorded talk allows it (issue 23).
 */
class RequestStepsUiTest extends KaribuTest {

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    OfficerRecognitionService officers;

    private Button button(String text) {
        return _get(Button.class, s -> s.withText(text));
    }

    private boolean primary(String text) {
        return button(text).getThemeNames().contains("primary");
    }

    private String nextStep() {
        return _get(Paragraph.class, s -> s.withClasses("portal-next-step")).getText();
    }

    private void open(long id) {
        UI.getCurrent().navigate("handhaving/aanvraag/" + id);
    }

    @Test
    void the_next_step_leads_and_recognising_waits_for_the_recorded_talk() {
        long id = fixtures.submittedInAssen("Stap Voor Stap");
        login(Roles.OFFICER, "GM0106");

        open(id);
        assertThat(nextStep()).startsWith("Volgende stap: plan het intakegesprek.");
        assertThat(primary("Gesprek plannen")).isTrue();
        assertThat(primary("Gesprek vastleggen")).isFalse();
        assertThat(button("Erkennen").isEnabled()).as("not yet offered").isFalse();

        officers.planIntake(id, LocalDateTime.now().plusDays(3).withNano(0), IntakePlace.AT_WORK_ADDRESS, null);
        open(id);
        assertThat(nextStep()).startsWith("Volgende stap: leg het gesprek vast.");
        assertThat(primary("Gesprek vastleggen")).isTrue();
        assertThat(button("Erkennen").isEnabled()).isFalse();

        officers.recordChecklist(id, new IntakeChecklist(true, true, true, true, true));
        open(id);
        assertThat(nextStep()).isEqualTo("Volgende stap: besluit over de aanvraag.");
        assertThat(button("Erkennen").isEnabled()).isTrue();
        assertThat(primary("Erkennen")).isTrue();
        assertThat(primary("Gesprek plannen")).isFalse();
    }
}
