package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The worker's life after the first request (issue 19): objection against a decline or a revocation, moving between
 * Assen and De Wolden or away, corrections, renewal in the grace period; each isolated per municipality.
 */
@IntegrationTest
class LifecycleTest {

    static final IntakeChecklist COMPLETE = new IntakeChecklist(true, true, true, true, true);

    @Autowired RecognitionFixtures fixtures;
    @Autowired RecognisedWorkers recognised;
    @Autowired WorkerRecognitionService workers;
    @Autowired OfficerRecognitionService officers;
    @Autowired ObjectionService objections;
    @Autowired MoveService moves;
    @Autowired CorrectionService corrections;
    @Autowired RenewalService renewals;
    @Autowired LifecycleTasks tasks;
    @Autowired LifecycleRetention retention;
    @Autowired RequestRetention requestRetention;
    @Autowired ProcessingRegister register;
    @Autowired TestAccounts accounts;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired RecognitionPersonalData personalData;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    // ---- objection

    @Test
    void a_declined_worker_reads_the_reasons_objects_is_heard_and_an_upheld_objection_opens_her_request_again() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Ana Lima", "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.decline(id, DeclineReason.NO_SEX_WORK_AT_ADDRESS, "Op het adres wordt niet gewerkt.");

        TestAccounts.signIn(worker);
        DecisionNotice notice = objections.myDecision().orElseThrow();
        assertThat(notice.kind()).isEqualTo(DecisionKind.DECLINE);
        assertThat(notice.reason()).isEqualTo("NO_SEX_WORK_AT_ADDRESS");
        assertThat(notice.explanation()).isEqualTo("Op het adres wordt niet gewerkt.");
        assertThat(notice.municipalityName()).isEqualTo("Assen");
        assertThat(notice.objectBefore()).isBetween(LocalDate.now().plusWeeks(6), LocalDate.now().plusWeeks(6)
                .plusDays(2));
        assertThat(notice.canObject()).isTrue();

        assertRefused(() -> objections.lodge("  "), "recognition.error.required");
        objections.lodge("Ik werk daar wel, zie mijn huurcontract.");
        assertThat(objections.myDecision().orElseThrow().canObject()).isFalse();
        assertRefused(() -> objections.lodge("nog een keer"), "lifecycle.error.already-objected");
        assertRefused(() -> workers.submit(new NewRequest(RecognitionFixtures.identity("Ana Lima", "9401 AB"), null)),
                "lifecycle.error.objection-open"); // the request her objection is about stays her newest
        assertThat(objections.myObjection().orElseThrow().status()).isEqualTo(ObjectionStatus.LODGED);
        String grounds = jdbc.queryForObject("SELECT grounds_enc FROM recognition_objection WHERE request_id = ?",
                String.class, id);
        assertThat(grounds).startsWith("v1.").doesNotContain("huurcontract");
        // the declined request is not erased under her open objection, however short Assen's term
        requestRetention.run(Clocks.justAfter(register.amount(RequestRetention.DECLINED.id(), "GM0106"), MONTHS));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class, id))
                .isOne();

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(tasks.tasks()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(LifecycleTask.Kind.OBJECTION);
            assertThat(t.id()).isEqualTo(id);
        });
        assertRefused(() -> objections.planHearing(id, LocalDateTime.now().plusDays(5), "Stadhuis"),
                "lifecycle.error.receipt-first");
        assertRefused(() -> objections.decideObjection(id, ObjectionOutcome.UPHELD, "ja"), "lifecycle.error.hear-first");
        objections.confirmReceipt(id);
        objections.planHearing(id, LocalDateTime.now().plusDays(5).withNano(0), "Stadhuis, kamer 2");
        assertThat(objections.openObjection(id, RecognitionFixtures.INTAKE).grounds())
                .isEqualTo("Ik werk daar wel, zie mijn huurcontract.");
        objections.recordHearing(id, "Zij liet het huurcontract zien.");
        objections.decideObjection(id, ObjectionOutcome.UPHELD, "Het huurcontract toont dat zij daar werkt.");

        for (String step : List.of("objection-received", "objection-hearing-planned", "objection-decided")) {
            await(step).atMost(Duration.ofSeconds(30)).until(() -> inbox(worker.id(), step) == 1);
        }
        RequestDetails details = officers.details(id);
        assertThat(details.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(details.history()).extracting(HistoryEntry::kind).containsSubsequence("DECLINED",
                "OBJECTION_LODGED", "OBJECTION_RECEIVED", "HEARING_PLANNED", "HEARING_HELD", "OBJECTION_UPHELD");
        assertThat(tasks.tasks()).noneMatch(t -> t.kind() == LifecycleTask.Kind.OBJECTION && t.id() == id);

        TestAccounts.signIn(worker);
        Objection mine = objections.myObjection().orElseThrow();
        assertThat(mine.outcome()).isEqualTo(ObjectionOutcome.UPHELD);
        assertThat(mine.outcomeText()).isEqualTo("Het huurcontract toont dat zij daar werkt.");
        assertThat(mine.hearingPlace()).isEqualTo("Stadhuis, kamer 2");
        assertThat(objections.myDecision()).isEmpty();

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("REQUEST", Long.toString(id))).extracting(e -> e.action()).contains(
                AuditAction.OBJECTION_LODGED, AuditAction.OBJECTION_STEP_RECORDED, AuditAction.MESSAGES_VIEWED);
    }

    @Test
    void a_revoked_recognition_is_in_force_again_when_the_objection_is_granted_in_full_without_a_hearing() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Bruna Alves");
        long id = workers.myRequestIds().getFirst();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        objections.revoke(id, RevokeReason.NO_LONGER_AT_ADDRESS, "Bij controle woonde er iemand anders.");
        assertThat(officers.details(id).status()).isEqualTo(RequestStatus.ENDED);

        TestAccounts.signIn(w.worker());
        DecisionNotice notice = objections.myDecision().orElseThrow();
        assertThat(notice.kind()).isEqualTo(DecisionKind.REVOCATION);
        assertThat(notice.reason()).isEqualTo("NO_LONGER_AT_ADDRESS");
        objections.lodge("Ik was op vakantie; mijn kamer was onderverhuurd.");

        accounts.signInAs(Roles.OFFICER, "GM0106");
        objections.confirmReceipt(id);
        objections.recordNoHearing(id, NoHearingReason.GRANTED_IN_FULL);
        assertRefused(() -> objections.decideObjection(id, ObjectionOutcome.UNFOUNDED, "nee"),
                "lifecycle.error.granted-in-full");
        objections.decideObjection(id, ObjectionOutcome.UPHELD, "U woont er weer.");
        RequestDetails details = officers.details(id);
        assertThat(details.status()).isEqualTo(RequestStatus.RECOGNISED);
        assertThat(details.number()).isEqualTo(w.number());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_revocation WHERE request_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    @RetentionRuleTest("recognition.request.ended")
    void when_an_ended_recognition_is_anonymised_her_grounds_and_the_revocation_reasons_are_erased_with_its_identity() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Katia Ramos");
        long id = workers.myRequestIds().getFirst();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        objections.revoke(id, RevokeReason.OTHER, "Gesprek met de wijkagent.");
        TestAccounts.signIn(w.worker());
        objections.lodge("Ik was ziek die week.");
        int years = register.amount(RequestRetention.ENDED.id(), "GM0106");
        requestRetention.run(Clocks.justBefore(years, YEARS));
        assertThat(jdbc.queryForObject("SELECT grounds_enc FROM recognition_objection WHERE request_id = ?",
                String.class, id)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_revocation WHERE request_id = ?",
                Integer.class, id)).isOne();

        requestRetention.run(Clocks.justAfter(years, YEARS));
        assertThat(jdbc.queryForObject("SELECT legal_name_enc FROM recognition_request WHERE id = ?", String.class,
                id)).isEqualTo(RequestRetention.ANONYMISED);
        assertThat(jdbc.queryForObject("SELECT grounds_enc FROM recognition_objection WHERE request_id = ?",
                String.class, id)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_revocation WHERE request_id = ?",
                Integer.class, id)).isZero();
    }

    // ---- moving

    @Test
    void moving_from_assen_to_de_wolden_keeps_her_number_and_assen_loses_access_the_moment_de_wolden_accepts() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Carla Dias");
        long id = workers.myRequestIds().getFirst();
        MoveOption option = moves.whatMovingMeans("7921 AB", null);
        assertThat(option.kind()).isEqualTo(MoveKind.TRANSFER);
        assertThat(option.target().name()).isEqualTo("De Wolden");
        assertThat(moves.reportMove(new NewWorkAddress("Hoofdstraat", "3", null, "7921 AB", "Zuidwolde"), null))
                .isEqualTo(MoveKind.TRANSFER);
        assertThat(jdbc.queryForObject("SELECT street_enc FROM recognition_transfer WHERE request_id = ?",
                String.class, id)).doesNotContain("Hoofdstraat");

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(officers.details(id).status()).isEqualTo(RequestStatus.RECOGNISED); // still Assen's until accepted
        long transferId = jdbc.queryForObject("SELECT id FROM recognition_transfer WHERE request_id = ?", Long.class,
                id);
        accounts.signInAs(Roles.OFFICER, "GM1680"); // Aa en Hunze: not the target
        assertThat(moves.incomingTransfers()).extracting(IncomingTransfer::id).doesNotContain(transferId);
        assertRefused(() -> moves.acceptTransfer(transferId), "error.not-found");

        accounts.signInAs(Roles.OFFICER, "GM1690");
        assertThat(moves.incomingTransfers()).extracting(IncomingTransfer::id).contains(transferId);
        assertThat(tasks.tasks()).anyMatch(t -> t.kind() == LifecycleTask.Kind.TRANSFER && t.id() == transferId);
        assertRefused(() -> officers.details(id), "error.not-found");
        assertThat(moves.openTransferAddress(transferId, RecognitionFixtures.INTAKE).oneLine())
                .isEqualTo("Hoofdstraat 3, 7921 AB Zuidwolde");
        moves.acceptTransfer(transferId);

        RequestDetails there = officers.details(id);
        assertThat(there.municipalityId()).isEqualTo("GM1690");
        assertThat(there.number()).isEqualTo(w.number());
        assertThat(officers.revealIdentity(id, RecognitionFixtures.INTAKE).postcode()).isEqualTo("7921 AB");

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertRefused(() -> officers.details(id), "error.not-found");
        assertRefused(() -> moves.transferOf(id), "error.not-found");
        assertRefused(() -> officers.revealIdentity(id, RecognitionFixtures.INTAKE), "error.not-found");
        assertThat(officers.lookUpNumber(w.number(), "telefoontje")).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(w.worker().id(), "transfer-accepted") == 1);
        TestAccounts.signIn(w.worker());
        Transfer mine = moves.myTransfer().orElseThrow();
        assertThat(mine.status()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(mine.toMunicipality()).isEqualTo("De Wolden");
        assertThat(jdbc.queryForObject("SELECT street_enc FROM recognition_transfer WHERE request_id = ?",
                String.class, id)).isNull();
    }

    @Test
    void moving_to_emmen_which_does_not_take_part_tells_her_until_when_her_data_is_kept_and_ends_only_when_she_confirms() {
        recognised.inAssen("Diana Reis");
        long id = workers.myRequestIds().getFirst();
        MoveOption option = moves.whatMovingMeans("7761 AA", null);
        assertThat(option.kind()).isEqualTo(MoveKind.NOT_TAKING_PART);
        assertThat(option.target().name()).isEqualTo("Emmen");
        assertThat(option.dataKeptUntil()).isAfter(LocalDate.now());
        assertRefused(() -> moves.reportMove(new NewWorkAddress("Dorpsstraat", "1", null, "7761 AA", "Schoonebeek"),
                null), "lifecycle.error.move-ends-recognition");
        assertThat(workers.myRequest().orElseThrow().status()).isEqualTo(RequestStatus.RECOGNISED);
        assertRefused(() -> moves.endBecauseMovingAway("7921 AB", null), "lifecycle.error.move-can-continue");
        moves.endBecauseMovingAway("7761 AA", null);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        RequestDetails details = officers.details(id);
        assertThat(details.status()).isEqualTo(RequestStatus.ENDED);
        assertThat(details.endReason()).isEqualTo(EndReason.MOVED);
    }

    // ---- corrections

    @Test
    @RetentionRuleTest("recognition.correction.values")
    void a_confirmed_phone_correction_changes_her_details_and_the_old_number_is_erased_after_six_months() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Eva Rocha");
        long id = workers.myRequestIds().getFirst();
        ProposedDetails now = corrections.myDetails().orElseThrow();
        ProposedDetails changed = new ProposedDetails(now.legalName(), now.street(), now.houseNumber(), now.addition(),
                now.postcode(), now.town(), "+31 6 87654321", now.languages());
        assertRefused(() -> corrections.propose(now), "lifecycle.error.nothing-changed");
        assertThat(corrections.propose(changed)).isEqualTo(Set.of(CorrectionField.PHONE));
        assertRefused(() -> corrections.propose(changed), "lifecycle.error.correction-open");
        assertThat(jdbc.queryForObject("SELECT proposed_enc FROM recognition_correction WHERE request_id = ?",
                String.class, id)).doesNotContain("87654321");

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(tasks.tasks()).anyMatch(t -> t.kind() == LifecycleTask.Kind.CORRECTION && t.id() == id);
        CorrectionValues values = corrections.openCorrection(id, RecognitionFixtures.INTAKE);
        assertThat(values.before()).containsEntry(CorrectionField.PHONE, "+31 6 12345678");
        assertThat(values.after()).containsEntry(CorrectionField.PHONE, "+31 6 87654321");
        corrections.confirmCorrection(id);
        assertThat(officers.revealIdentity(id, RecognitionFixtures.INTAKE).phone()).isEqualTo("+31 6 87654321");
        assertThat(officers.details(id).number()).isEqualTo(w.number());

        TestAccounts.signIn(w.worker());
        Correction mine = corrections.myCorrections().getFirst();
        assertThat(mine.status()).isEqualTo(CorrectionStatus.CONFIRMED);
        assertThat(mine.valuesKept()).isTrue();
        assertThat(mine.valuesKeptUntil()).isEqualTo(LocalDate.now().plusMonths(CorrectionService.VALUES_KEPT_MONTHS));

        assertThat(personalData.export(w.worker().id()).toString()).as("her copy of her data")
                .contains("corrections", "+31 6 87654321", "+31 6 12345678", "CONFIRMED");
        retention.run(Clocks.justBefore(CorrectionService.VALUES_KEPT_MONTHS, MONTHS));
        assertThat(corrections.myCorrections().getFirst().valuesKept()).isTrue();
        assertThat(jdbc.queryForObject("SELECT previous_enc FROM recognition_correction WHERE request_id = ?",
                String.class, id)).startsWith("v1.");
        retention.run(Clocks.justAfter(CorrectionService.VALUES_KEPT_MONTHS, MONTHS));
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT proposed_enc, previous_enc FROM recognition_correction WHERE request_id = ?", id);
        assertThat(row.get("proposed_enc")).isNull();
        assertThat(row.get("previous_enc")).isNull();
        assertThat(corrections.myCorrections().getFirst().valuesKept()).isFalse();
    }

    @Test
    void a_refused_correction_tells_her_why_and_an_address_in_another_municipality_is_a_move_not_a_correction() {
        recognised.inAssen("Fatima Nunes");
        long id = workers.myRequestIds().getFirst();
        ProposedDetails now = corrections.myDetails().orElseThrow();
        assertRefused(() -> corrections.propose(new ProposedDetails(now.legalName(), "Hoofdstraat", "3", null,
                "7921 AB", "Zuidwolde", now.phone(), now.languages())), "lifecycle.error.address-elsewhere");
        corrections.propose(new ProposedDetails("Fatima Nunes da Silva", now.street(), now.houseNumber(),
                now.addition(), now.postcode(), now.town(), now.phone(), now.languages()));

        accounts.signInAs(Roles.OFFICER, "GM0106");
        corrections.refuseCorrection(id, "Neem uw paspoort mee naar het gesprek.");
        assertThat(officers.revealIdentity(id, RecognitionFixtures.INTAKE).legalName()).isEqualTo("Fatima Nunes");

        TestAccounts.signIn(accounts.create(Roles.WORKER, null)); // someone else sees nothing of hers
        assertThat(corrections.myCorrections()).isEmpty();
    }

    // ---- renewal

    @Test
    void in_the_grace_period_an_expired_recognition_is_renewed_after_the_conversation_with_the_same_number() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Gabriela Pinto");
        long id = workers.myRequestIds().getFirst();
        jdbc.update("UPDATE recognition_request SET status = 'ENDED', end_reason = 'EXPIRED', valid_until = ? "
                + "WHERE id = ?", LocalDate.now().minusDays(20), id);

        RenewalState state = renewals.myRenewal().orElseThrow();
        assertThat(state.phase()).isEqualTo(RenewalPhase.OPEN);
        assertThat(state.expired()).isTrue();
        renewals.askRenewal();
        assertRefused(renewals::askRenewal, "lifecycle.error.renewal-asked");
        assertThat(renewals.myRenewal().orElseThrow().phase()).isEqualTo(RenewalPhase.ASKED);

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(tasks.tasks()).anyMatch(t -> t.kind() == LifecycleTask.Kind.RENEWAL && t.id() == id);
        assertRefused(() -> renewals.renew(id), "lifecycle.error.renewal-conversation-first");
        renewals.planConversation(id, LocalDateTime.now().plusDays(2).withNano(0), IntakePlace.TOWN_HALL,
                "Stadhuis Assen");
        renewals.recordConversation(id, COMPLETE);
        LocalDate until = renewals.renew(id);

        int months = jdbc.queryForObject("SELECT recognition_validity_months FROM municipality WHERE id = 'GM0106'",
                Integer.class);
        assertThat(until).isEqualTo(LocalDate.now().plusMonths(months));
        RequestDetails details = officers.details(id);
        assertThat(details.status()).isEqualTo(RequestStatus.RECOGNISED);
        assertThat(details.number()).isEqualTo(w.number());
        assertThat(details.validUntil()).isEqualTo(until);
        assertThat(details.history()).extracting(HistoryEntry::kind).containsSubsequence("RENEWAL_ASKED",
                "RENEWAL_CONVERSATION_PLANNED", "RENEWAL_CONVERSATION_RECORDED", "RENEWED");
        assertThat(renewals.renewalOf(id).orElseThrow().checklist()).isEqualTo(COMPLETE);
    }

    @Test
    void renewal_opens_a_month_before_the_end_date_and_closes_when_the_grace_period_is_over() {
        recognised.inAssen("Helena Costa");
        long id = workers.myRequestIds().getFirst();
        jdbc.update("UPDATE recognition_request SET valid_until = ? WHERE id = ?", LocalDate.now().plusMonths(2), id);
        assertThat(renewals.myRenewal().orElseThrow().phase()).isEqualTo(RenewalPhase.NOT_YET);
        assertRefused(renewals::askRenewal, "lifecycle.error.renewal-not-yet");

        jdbc.update("UPDATE recognition_request SET status = 'ENDED', end_reason = 'EXPIRED', valid_until = ? "
                + "WHERE id = ?", LocalDate.now().minusMonths(RenewalService.GRACE_MONTHS).minusDays(1), id);
        assertThat(renewals.myRenewal().orElseThrow().phase()).isEqualTo(RenewalPhase.CLOSED);
        assertRefused(renewals::askRenewal, "lifecycle.error.renewal-closed");
    }

    // ---- isolation and roles

    @Test
    void a_de_wolden_officer_sees_and_touches_nothing_of_an_assen_workers_objection_correction_or_renewal() {
        RecognisedWorkers.Recognised w = recognised.inAssen("Irene Lopes");
        long id = workers.myRequestIds().getFirst();
        ProposedDetails now = corrections.myDetails().orElseThrow();
        corrections.propose(new ProposedDetails(now.legalName(), now.street(), now.houseNumber(), now.addition(),
                now.postcode(), now.town(), "+31 6 11112222", now.languages()));
        jdbc.update("UPDATE recognition_request SET valid_until = ? WHERE id = ?", LocalDate.now().plusDays(10), id);
        renewals.askRenewal();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        objections.revoke(id, RevokeReason.RULES_NOT_FOLLOWED, "Regels niet gevolgd.");
        TestAccounts.signIn(w.worker());
        objections.lodge("Dat klopt niet.");

        accounts.signInAs(Roles.OFFICER, "GM1690");
        assertThat(tasks.tasks()).noneMatch(t -> t.id() == id);
        assertRefused(() -> objections.decisionOf(id), "error.not-found");
        assertRefused(() -> objections.objectionOf(id), "error.not-found");
        assertRefused(() -> objections.openObjection(id, RecognitionFixtures.INTAKE), "error.not-found");
        assertRefused(() -> objections.confirmReceipt(id), "error.not-found");
        assertRefused(() -> corrections.correctionsOf(id), "error.not-found");
        assertRefused(() -> corrections.openCorrection(id, RecognitionFixtures.INTAKE), "error.not-found");
        assertRefused(() -> corrections.confirmCorrection(id), "error.not-found");
        assertRefused(() -> renewals.renewalOf(id), "error.not-found");
        assertRefused(() -> renewals.recordConversation(id, COMPLETE), "error.not-found");
        assertRefused(() -> moves.transferOf(id), "error.not-found");

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(objections.objectionOf(id)).isPresent();
        assertThat(corrections.correctionsOf(id)).hasSize(1);
        assertThat(renewals.renewalOf(id)).isPresent();
    }

    @Test
    void workers_cannot_take_the_officers_steps_and_staff_cannot_take_the_workers() {
        long id = fixtures.submittedInAssen("Joana Melo");
        accounts.signInAs(Roles.WORKER, null);
        for (ThrowingCallable call : List.<ThrowingCallable>of(() -> objections.confirmReceipt(id),
                () -> objections.revoke(id, RevokeReason.OTHER, "x"), () -> corrections.confirmCorrection(id),
                () -> renewals.renew(id), () -> moves.incomingTransfers(), () -> tasks.tasks())) {
            assertThatThrownBy(call).isInstanceOf(AuthorizationDeniedException.class);
        }
        for (String role : List.of(Roles.OFFICER, Roles.GGD, Roles.ADMIN, Roles.COORDINATOR)) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            for (ThrowingCallable call : List.<ThrowingCallable>of(() -> objections.lodge("x"),
                    () -> corrections.myCorrections(), renewals::askRenewal, () -> moves.whatMovingMeans("9401 AB", null))) {
                assertThatThrownBy(call).as(role).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }

    /** Her inbox messages with this key (the listeners run after the commit, in their own transaction). */
    private int inbox(long account, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE account_id = ? AND subject_key = ?",
                Integer.class, account, "notification.inbox." + key + ".subject");
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).hasMessage(key);
    }
}
