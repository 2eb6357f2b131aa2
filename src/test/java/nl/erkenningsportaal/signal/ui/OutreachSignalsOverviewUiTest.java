package nl.erkenningsportaal.signal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OutreachSignalsOverviewUiTest extends KaribuTest {

    @Autowired
    OutreachService outreach;

    @Autowired
    SignalService signals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_officer_sees_the_outreach_list_with_counts_per_outcome() {
        var officer = login(Roles.OFFICER, "GM0106");
        TestAccounts.signIn(officer);
        outreach.recordVisit(new NewVisit("Stationsstraat 2, Assen", LocalDateTime.now().minusHours(1), null, "pt",
                Outcome.INFORMED, LocalDate.now(), null));
        UI.getCurrent().navigate("handhaving/outreach");
        _get(H1.class, s -> s.withText("Bezoeken en advertenties"));
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(t -> t.startsWith("Geïnformeerd: "));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_raises_a_signal_with_indicators_and_escalates_it() {
        var officer = login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("signalen");
        _click(_get(Button.class, s -> s.withText("Signaal melden")));
        CheckboxGroup<Indicator> control = _get(CheckboxGroup.class, s -> s.withLabel("Controle door anderen"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(control, Set.of(Indicator.NO_OWN_IDENTITY_PAPERS));
        _click(_find(Button.class, s -> s.withText("Signaal melden")).getLast());
        assertThat(_get(H1.class).getText()).startsWith("Signaal ");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Heeft eigen identiteitspapieren niet zelf");
        _click(_get(Button.class, s -> s.withText("Doorsturen naar de ketenregisseur")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signal_case WHERE raised_by = ? AND status = 'NEW'",
                Integer.class, officer.id())).isEqualTo(1);
    }

    @Test
    void the_coordinator_opens_an_escalated_signal_in_english() {
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM1690"));
        long id = signals.raise(new NewSignal(null, null, Set.of(Indicator.DEBT_TO_ARRANGER), "Schuld", Urgency.HIGH));
        signals.escalate(id);
        login(Roles.COORDINATOR);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate(SignalView.class, id);
        _get(H1.class, s -> s.withText("Signal " + id));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Debt to an arranger");
        _get(Button.class, s -> s.withText("Hand over"));
    }

    @Test
    void the_overview_renders_for_policy_makers_in_dutch_and_english_and_officers_are_refused() {
        login(Roles.POLICY);
        UI.getCurrent().navigate("overzicht");
        _get(H1.class, s -> s.withText("Overzicht van de sector"));
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("overzicht");
        _get(H1.class, s -> s.withText("Overview of the sector"));
        login(Roles.OFFICER, "GM0106");
        locale(Locale.of("nl"));
        UI.getCurrent().navigate("overzicht");
        _get(H1.class, s -> s.withText("Geen toegang"));
    }
}
