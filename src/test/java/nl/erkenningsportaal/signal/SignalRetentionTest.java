package nl.erkenningsportaal.signal;

import static java.time.temporal.ChronoUnit.MONTHS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signal cases are erased the region's term after they closed, never while open. */
@IntegrationTest
class SignalRetentionTest {

    @Autowired
    SignalRetention retention;

    @Autowired
    SignalService signals;

    @Autowired
    ProcessingRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long escalated(String text) {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long id = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), text, Urgency.HIGH));
        signals.escalate(id);
        return id;
    }

    @Test
    @RetentionRuleTest("signal.case.closed")
    void a_closed_or_handed_over_case_is_erased_with_its_notes_the_regions_term_after_closing() {
        long closed = escalated("Zij durfde niet te praten.");
        long handedOver = escalated("Paspoort ingenomen door een ander.");
        long open = escalated("Woont op het werkadres.");
        SignedInUser coordinator = accounts.signInAs(Roles.COORDINATOR, null);
        signals.addNote(closed, "Gesprek gehad met de zorgcoördinator.");
        signals.setStatus(closed, CaseStatus.CLOSED);
        signals.handOver(handedOver, Handover.POLICE, LocalDate.now());
        signals.setStatus(open, CaseStatus.IN_PROGRESS);
        int months = register.amount(SignalRetention.CLOSED.id(), null);

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("signal_case WHERE id IN (?, ?, ?)", closed, handedOver, open)).isEqualTo(3);

        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("signal_case WHERE id IN (?, ?)", closed, handedOver)).isZero();
        assertThat(count("signal_note WHERE signal_id = ?", closed)).isZero();
        assertThat(count("signal_case WHERE id = ?", open)).isOne();
        TestAccounts.signIn(coordinator);
        assertThat(signals.get(open).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void a_case_reopened_is_open_again_and_not_erased() {
        long id = escalated("Wordt gecontroleerd door een ander.");
        accounts.signInAs(Roles.COORDINATOR, null);
        signals.setStatus(id, CaseStatus.CLOSED);
        signals.setStatus(id, CaseStatus.IN_PROGRESS);
        int months = register.amount(SignalRetention.CLOSED.id(), null);

        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("signal_case WHERE id = ?", id)).isOne();
        assertThatThrownBy(() -> jdbc.update("DELETE FROM signal_case WHERE id = ?", id))
                .hasMessageContaining("never deleted");
    }

    @Test
    @RetentionRuleTest("signal.case.never-escalated")
    void a_signal_its_officer_never_escalated_is_erased_the_regions_term_after_it_was_raised() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long raised = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), "Twijfel.", Urgency.LOW));
        signals.addNote(raised, "Nog eens langs gaan.");
        int months = register.amount(SignalRetention.NEVER_ESCALATED.id(), null);

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("signal_case WHERE id = ?", raised)).isOne();
        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("signal_case WHERE id = ?", raised)).isZero();
        assertThat(count("signal_note WHERE signal_id = ?", raised)).isZero();
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
