package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Duration;
import java.time.LocalDate;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The GGD's sessions screen reads "today" from the application's clock, as its service does (issue 20). */
class GgdSessionsClockUiTest extends KaribuTest {

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void a_new_series_starts_tomorrow_and_runs_three_months_by_the_applications_clock() {
        clock.shift(Duration.ofDays(400));
        LocalDate today = LocalDate.now(clock);

        login(Roles.GGD);
        UI.getCurrent().navigate("ggd");
        _click(_get(Button.class, s -> s.withText("Nieuwe reeks spreekuren")));
        Dialog dialog = _find(Dialog.class).getLast();

        assertThat(_get(dialog, DatePicker.class, s -> s.withLabel("Eerste datum")).getValue())
                .isEqualTo(today.plusDays(1));
        assertThat(_get(dialog, DatePicker.class, s -> s.withLabel("Laatste datum")).getValue())
                .isEqualTo(today.plusMonths(3));
    }
}
