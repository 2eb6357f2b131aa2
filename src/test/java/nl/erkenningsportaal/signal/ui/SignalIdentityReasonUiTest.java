package nl.erkenningsportaal.signal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator's case page (issue 16): the identity behind an escalated signal opens only after a reason of her
 * own is chosen; an empty reason or an explanation of 10,000 characters is refused on its field with a clear message,
 * and nothing opens or is recorded as opened.
 */
class SignalIdentityReasonUiTest extends KaribuTest {

    static final String NAME = "Signaal Persoon";

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    SignalService signals;

    @Autowired
    JdbcTemplate jdbc;

    long request;

    long escalatedSignal() {
        fixtures.signedInWorker();
        request = workers.submit(new NewRequest(RecognitionFixtures.identity(NAME, "9401 AB"), null));
        TestAccounts.signIn(accounts.create(Roles.OFFICER, "GM0106"));
        long signal = signals.raise(new NewSignal(request, null, Set.of(Indicator.FEAR), null, Urgency.HIGH));
        signals.escalate(signal);
        TestAccounts.signOut();
        return signal;
    }

    /** The coordinator's openings of the identity behind the signal: recorded about the request. */
    int openings() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGNAL_IDENTITY_VIEWED' "
                + "AND subject_type = 'REQUEST' AND subject = ?", Integer.class, Long.toString(request));
    }

    @Test
    void an_empty_reason_is_refused_on_its_field_and_a_reason_of_her_own_opens_the_identity() {
        long signal = escalatedSignal();
        login(Roles.COORDINATOR);
        UI.getCurrent().navigate(SignalView.class, signal);
        assertThat(shownText()).doesNotContain(NAME);

        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        @SuppressWarnings("unchecked")
        Select<AccessReason> reason = _get(Select.class, s -> s.withLabel("Reden"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Kies een reden. Zonder reden gaat niets open.");
        assertThat(shownText()).doesNotContain(NAME);
        assertThat(openings()).isZero();

        _setValue(reason, AccessReason.HANDOVER);
        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        assertThat(shownText()).contains(NAME);
        assertThat(openings()).isOne();
    }

    @Test
    void ten_thousand_characters_of_explanation_are_refused_on_the_field_and_open_nothing() {
        long signal = escalatedSignal();
        login(Roles.COORDINATOR);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate(SignalView.class, signal);
        _setValue(_get(Select.class, s -> s.withLabel("Reason")), AccessReason.HANDOVER);
        TextField explanation = _get(TextField.class, s -> s.withLabel("Explanation (optional)"));
        _setValue(explanation, "x".repeat(10_000));
        _click(_get(Button.class, s -> s.withText("Open identity")));
        assertThat(explanation.isInvalid()).isTrue();
        assertThat(explanation.getErrorMessage()).isEqualTo("The explanation is too long: at most 200 characters.");
        assertThat(shownText()).doesNotContain(NAME);
        assertThat(openings()).isZero();
    }
}
