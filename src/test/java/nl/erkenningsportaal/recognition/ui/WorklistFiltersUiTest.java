package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestReference;
import nl.erkenningsportaal.recognition.RequestSummary;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The worklist shows which statuses are chosen, each whole: the field grows and wraps instead of cutting (issue 23). */
class WorklistFiltersUiTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_chosen_statuses_are_shown_whole() {
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving");
        MultiSelectComboBox<?> statuses = _get(MultiSelectComboBox.class, s -> s.withLabel("Status"));
        assertThat(statuses.getValue()).as("statuses chosen from the start").isNotEmpty();
        assertThat(statuses.getAutoExpand()).isEqualTo(MultiSelectComboBox.AutoExpandMode.BOTH);
        assertThat(statuses.getElement().getProperty("autoExpandVertically", false)).isTrue();
        assertThat(statuses.getElement().getProperty("autoExpandHorizontally", false)).isTrue();
    }

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_types_a_work_name_and_the_worklist_shows_only_that_request() {
        String name = "Naomi " + UUID.randomUUID().toString().substring(0, 8);
        fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(new Identity("Werknaam Zoeken", LocalDate.of(1992, 1, 5), "RO",
                "Kerkstraat", "3", null, "9401 AB", "Assen", null, name, List.of("ro"), ContactPreference.PORTAL),
                null));
        TestAccounts.signOut();

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving");
        Grid<RequestSummary> grid = _get(Grid.class);
        TextField workName = _get(TextField.class, s -> s.withLabel("Zoek op werknaam"));
        LocatorJ._setValue(workName, "  " + name.toUpperCase() + " ");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0).getFirst()).isEqualTo(RequestReference.of(id));
        LocatorJ._setValue(workName, name.substring(0, 5));
        assertThat(GridKt._size(grid)).as("a part of the name finds nothing").isZero();
    }
}
