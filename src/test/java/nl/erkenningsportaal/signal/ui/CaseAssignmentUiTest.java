package nl.erkenningsportaal.signal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import java.util.Set;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalCase;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On screen, the coordinator's cases follow the shared "mine / unassigned / everyone's" filter and a case's page
 * assigns it with its history; the GGD's list of help requests has no such filter (its requests are not assigned).
 */
class CaseAssignmentUiTest extends KaribuTest {

    @Autowired
    SignalService signals;

    @SuppressWarnings("unchecked")
    private java.util.List<Long> shown() {
        Grid<SignalCase> grid = _get(Grid.class);
        return grid.getGenericDataView().getItems().map(SignalCase::id).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_coordinator_takes_an_unassigned_case_on_its_page_and_then_finds_it_under_mine() {
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM0106"));
        long id = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.MEDIUM));
        signals.escalate(id);
        SignedInUser coordinator = login(Roles.COORDINATOR, null);

        UI.getCurrent().navigate("signalen");
        NativeSelect<Whose> whose = _get(NativeSelect.class, s -> s.withId("portal-signals-whose"));
        whose.setValue(Whose.UNASSIGNED);
        assertThat(shown()).contains(id);
        whose.setValue(Whose.MINE);
        assertThat(shown()).doesNotContain(id);

        UI.getCurrent().navigate(SignalView.class, id);
        _click(_get(Button.class, s -> s.withText("Aan mij toewijzen")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.endsWith(
                "toegewezen aan " + coordinator.username() + " (ik) door " + coordinator.username() + " (ik)"));

        UI.getCurrent().navigate("signalen");
        whose = _get(NativeSelect.class, s -> s.withId("portal-signals-whose"));
        whose.setValue(Whose.MINE);
        assertThat(shown()).containsExactly(id);
        whose.setValue(Whose.UNASSIGNED);
        assertThat(shown()).doesNotContain(id);
    }

    @Test
    void the_ggd_sees_its_help_requests_without_an_assignment_filter_and_an_officer_with_one() {
        login(Roles.GGD, null);
        UI.getCurrent().navigate("hulpvragen");
        assertThat(_find(NativeSelect.class, s -> s.withId("portal-care-tasks-whose"))).isEmpty();

        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("hulpvragen");
        assertThat(_find(NativeSelect.class, s -> s.withId("portal-care-tasks-whose"))).hasSize(1);
    }
}
