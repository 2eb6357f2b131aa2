package nl.erkenningsportaal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.outreach.Visit;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class OutreachAndSignalsTest {

    @Autowired
    OutreachService outreach;

    @Autowired
    SignalService signals;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    NewVisit visit(String address) {
        return new NewVisit(address, LocalDateTime.now().minusHours(1), null, "es", Outcome.INFORMED,
                LocalDate.now(), "Vriendelijk gesprek");
    }

    @Test
    void officers_of_one_municipality_never_see_or_touch_anothers_visits_or_signals() {
        accounts.signInAs(Roles.OFFICER, "GM1690");
        long visit = outreach.recordVisit(visit("Hoofdstraat 1, De Wolden"));
        long signal = signals.raise(new NewSignal(null, visit, Set.of(Indicator.FEAR), "Bang", Urgency.HIGH));

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(outreach.visits(null, LocalDate.now().minusDays(1), LocalDate.now())).extracting(Visit::id)
                .doesNotContain(visit);
        assertThat(outreach.followUpsDue()).extracting(Visit::id).doesNotContain(visit);
        assertThatThrownBy(() -> outreach.visit(visit)).hasMessage("error.not-found");
        assertThatThrownBy(() -> outreach.linkRequest(visit, 1)).hasMessage("error.not-found");
        assertThat(signals.signals()).extracting(SignalCase::id).doesNotContain(signal);
        assertThatThrownBy(() -> signals.get(signal)).hasMessage("error.not-found");
        assertThatThrownBy(() -> signals.escalate(signal)).hasMessage("error.not-found");
        assertThatThrownBy(() -> signals.addNote(signal, "niet van mij")).hasMessage("error.not-found");
    }

    @Test
    void visit_addresses_are_encrypted_at_rest() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long visit = outreach.recordVisit(visit("Geheime Laan 7, Assen"));
        assertThat(jdbc.queryForObject("SELECT address_enc FROM outreach_visit WHERE id = ?", String.class, visit))
                .startsWith("v1.").doesNotContain("Geheime");
        assertThat(outreach.visit(visit).address()).isEqualTo("Geheime Laan 7, Assen");
    }

    @Test
    void the_coordinator_sees_escalated_signals_of_the_region_and_opens_the_linked_identity_with_an_audit() {
        long request = fixtures.submittedInAssen("Signaal Persoon");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long raisedOnly = signals.raise(new NewSignal(null, null, Set.of(Indicator.DAILY_QUOTA), null, Urgency.LOW));
        long escalated = signals.raise(new NewSignal(request, null, Set.of(Indicator.SOMEONE_ELSE_SPEAKS_OR_ARRANGES,
                Indicator.NO_OWN_IDENTITY_PAPERS), "Iemand anders deed het woord", Urgency.IMMEDIATE));
        signals.escalate(escalated);
        assertThatThrownBy(() -> signals.escalate(escalated)).hasMessage("signal.error.already-escalated");

        var coordinator = accounts.signInAs(Roles.COORDINATOR, null);
        assertThat(signals.signals()).extracting(SignalCase::id).contains(escalated).doesNotContain(raisedOnly);
        assertThatThrownBy(() -> signals.get(raisedOnly)).hasMessage("error.not-found");
        assertThat(signals.linkedIdentity(escalated, RecognitionFixtures.SIGNAL)).hasValueSatisfying(
                i -> assertThat(i.legalName()).isEqualTo("Signaal Persoon"));
        accounts.signInAs(Roles.ADMIN, null); // the audit trail is the administrator's to read
        assertThat(audit.forSubject("REQUEST", Long.toString(request))).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGNAL_IDENTITY_VIEWED);
            assertThat(e.actorRole()).isEqualTo(Roles.COORDINATOR);
        });
        TestAccounts.signIn(coordinator);
        signals.setStatus(escalated, CaseStatus.IN_PROGRESS);
        signals.handOver(escalated, Handover.POLICE, LocalDate.now());
        assertThat(signals.get(escalated).status()).isEqualTo(CaseStatus.HANDED_OVER);

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(signals.get(escalated).status()).isEqualTo(CaseStatus.HANDED_OVER);
        assertThatThrownBy(() -> signals.setStatus(escalated, CaseStatus.CLOSED))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_open_signal_can_never_be_deleted_not_even_in_the_database() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.LOW));
        assertThatThrownBy(() -> jdbc.update("DELETE FROM signal_case WHERE id = ?", signal))
                .hasMessageContaining("never deleted");
    }

    @Test
    void policy_makers_ggd_and_workers_reach_no_outreach_or_signal_method() {
        for (String role : new String[] {Roles.POLICY, Roles.GGD, Roles.WORKER, Roles.ADMIN}) {
            accounts.signInAs(role, null);
            assertThatThrownBy(() -> outreach.visits(null, LocalDate.now(), LocalDate.now())).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signals.signals()).as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void bad_input_is_refused() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> outreach.recordVisit(new NewVisit("x".repeat(NewVisit.ADDRESS_MAX + 1),
                LocalDateTime.now(), null, null, Outcome.NOT_AT_HOME, null, null))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> outreach.recordVisit(new NewVisit("Adres 1", LocalDateTime.now().plusDays(2), null,
                null, Outcome.NOT_AT_HOME, null, null))).hasMessage("outreach.error.future");
        assertThatThrownBy(() -> signals.raise(new NewSignal(null, null, Set.of(), " ", Urgency.LOW)))
                .hasMessage("signal.error.empty");
    }

    @Test
    void a_signal_or_a_visit_cannot_be_tied_to_a_request_of_another_municipality_nor_open_its_identity() {
        long assenRequest = fixtures.submittedInAssen("Andere Gemeente Persoon");
        accounts.signInAs(Roles.OFFICER, "GM1690");
        long visit = outreach.recordVisit(new NewVisit("Hoofdstraat 1, Ruinen", LocalDateTime.now().minusHours(1), null,
                null, Outcome.INFORMED, null, null));
        assertThatThrownBy(() -> signals.raise(new NewSignal(assenRequest, null, Set.of(Indicator.FEAR), null,
                Urgency.HIGH))).isInstanceOf(Refusal.class).hasMessage("error.not-found");
        assertThatThrownBy(() -> outreach.linkRequest(visit, assenRequest)).isInstanceOf(Refusal.class)
                .hasMessage("error.not-found");
        assertThat(outreach.visit(visit).requestId()).isNull();

        // a signal that does point at a foreign request (as one written before this check could) shows no identity
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.HIGH));
        jdbc.update("UPDATE signal_case SET request_id = ? WHERE id = ?", assenRequest, signal);
        signals.escalate(signal);
        accounts.signInAs(Roles.COORDINATOR, null);
        assertThat(signals.linkedIdentity(signal, RecognitionFixtures.SIGNAL)).isEmpty();
    }
}
