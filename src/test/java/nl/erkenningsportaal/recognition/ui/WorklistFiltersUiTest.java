package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;

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
}
