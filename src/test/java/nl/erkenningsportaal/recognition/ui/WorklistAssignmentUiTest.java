package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RequestSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officer's worklist has the same "mine / unassigned / everyone's" filter as the follow-ups, help requests and
 * cases (same labels, same element), and a request's page the same assignment section with its history.
 */
class WorklistAssignmentUiTest extends KaribuTest {

    @Autowired
    RecognitionFixtures fixtures;

    @SuppressWarnings("unchecked")
    private List<Long> shown() {
        Grid<RequestSummary> grid = _get(Grid.class);
        return GridKt._findAll(grid).stream().map(RequestSummary::id).toList();
    }

    @SuppressWarnings("unchecked")
    private NativeSelect<Whose> whose() {
        return _get(NativeSelect.class, s -> s.withId("portal-worklist-whose"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_takes_a_request_on_its_page_sees_the_history_and_finds_it_under_mine_not_unassigned() {
        long request = fixtures.submittedInAssen("Teodora Vasile");
        SignedInUser officer = login(Roles.OFFICER, "GM0106");

        UI.getCurrent().navigate("handhaving");
        NativeSelect<Whose> whose = whose();
        assertThat(whose.getClassNames()).as("the shared filter").contains("portal-whose");
        assertThat(whose.getAriaLabel()).contains("Toon");
        assertThat(whose.getValue()).isEqualTo(Whose.EVERYONE);
        assertThat(whose.getElement().getChildren().map(o -> o.getAttribute("label")))
                .containsExactly("Toon: Van mij", "Toon: Niet toegewezen", "Toon: Van iedereen");
        whose.setValue(Whose.UNASSIGNED);
        assertThat(shown()).contains(request);
        whose.setValue(Whose.MINE);
        assertThat(shown()).doesNotContain(request);

        UI.getCurrent().navigate(RequestView.class, request);
        AssignmentSection section = _get(AssignmentSection.class);
        assertThat(_find(section, ListItem.class)).as("no history yet").isEmpty();
        _click(_get(section, Button.class, s -> s.withText("Aan mij toewijzen")));
        expectNotifications("De toewijzing is opgeslagen.");
        assertThat(_get(AssignmentSection.class)).as("the page is not drawn anew: the section, and the keyboard on "
                + "it, stay").isSameAs(section);
        section = _get(AssignmentSection.class);
        assertThat(_get(section, Select.class).getValue()).isEqualTo(officer.id());
        assertThat(_find(section, ListItem.class)).singleElement().extracting(ListItem::getText).asString()
                .endsWith("toegewezen aan " + officer.username() + " (ik) door " + officer.username() + " (ik)");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .as("the request's own history says it too").anyMatch(t -> t.contains("Toegewezen aan een handhaver"));

        UI.getCurrent().navigate("handhaving");
        whose = whose();
        whose.setValue(Whose.MINE);
        assertThat(shown()).containsExactly(request);
        Grid<RequestSummary> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(officer.username() + " (ik)");
        whose.setValue(Whose.UNASSIGNED);
        assertThat(shown()).doesNotContain(request);
    }
}
