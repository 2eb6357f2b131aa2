package nl.erkenningsportaal.recognition;

import static java.time.temporal.ChronoUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
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

/**
 * The reasons and extra checklist items per municipality with region defaults (issue 20, decision 0051): a change
 * on the screen holds for new decisions only, a required extra item blocks the decision until ticked, and a
 * municipality reaches nothing of another's catalogue.
 */
@IntegrationTest
class ReasonCatalogueTest {

    static final IntakeChecklist COMPLETE = new IntakeChecklist(true, true, true, true, true);
    static final Function<String, String> KEY = k -> "[" + k + "]";

    @Autowired ReasonCatalogueService catalogue;
    @Autowired OfficerRecognitionService officers;
    @Autowired ObjectionService objections;
    @Autowired WorkerRecognitionService workers;
    @Autowired RecognitionFixtures fixtures;
    @Autowired RecognisedWorkers recognised;
    @Autowired ReasonRetention retention;
    @Autowired ProcessingRegister register;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    /** Other tests decide in Assen and De Wolden too: what a test added to the catalogue must not stay. */
    @AfterEach
    void restoreCatalogue() {
        TestAccounts.signOut();
        jdbc.update("UPDATE reason_entry SET archived_at = UTC_TIMESTAMP(6) WHERE archived_at IS NULL "
                + "AND (municipality_id IS NOT NULL OR text_key IS NULL)");
        jdbc.update("DELETE FROM reason_default_off");
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void changing_or_archiving_a_reason_leaves_an_earlier_decline_as_the_worker_and_the_officer_read_it() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        String nl = unique("Het adres is een bedrijfspand");
        String en = unique("The address is a business building");
        ReasonEntry own = catalogue.add("GM0106", new ReasonDraft(ReasonKind.DECLINE,
                DeclineReason.NO_SEX_WORK_AT_ADDRESS.name(), nl, en, false));

        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Ana Lima", "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(catalogue.offered(ReasonKind.DECLINE)).extracting(ReasonEntry::id).contains(own.id());
        officers.decline(id, own.id(), "Er is geen woning op dit adres.");

        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        ReasonEntry changed = catalogue.change(own.id(), new ReasonDraft(ReasonKind.DECLINE,
                DeclineReason.NO_SEX_WORK_AT_ADDRESS.name(), "Nieuwe tekst " + nl, "New text " + en, false));
        catalogue.archive(changed.id());

        accounts.signInAs(Roles.OFFICER, "GM0106");
        RequestDetails details = officers.details(id);
        assertThat(details.declineReason()).isEqualTo(DeclineReason.NO_SEX_WORK_AT_ADDRESS);
        assertThat(details.declineReasonEntry().shownIn(Locale.of("nl"), KEY)).isEqualTo(nl);
        assertThat(catalogue.offered(ReasonKind.DECLINE)).extracting(ReasonEntry::lineage)
                .doesNotContain(own.lineage());
        TestAccounts.signIn(worker);
        DecisionNotice notice = objections.myDecision().orElseThrow();
        assertThat(notice.reasonEntry().shownIn(Locale.ENGLISH, KEY)).isEqualTo(en);
        assertThat(notice.reasonEntry().shownIn(Locale.of("es"), KEY)).isEqualTo(en);
        assertThat(notice.reasonEntry().shownIn(Locale.of("nl"), KEY)).isEqualTo(nl);
    }

    @Test
    void a_changed_reason_holds_for_the_next_decline_and_the_old_version_can_no_longer_be_chosen() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        ReasonEntry first = catalogue.add("GM0106", new ReasonDraft(ReasonKind.DECLINE, "OTHER",
                unique("Eerste versie"), unique("First version"), false));
        ReasonEntry second = catalogue.change(first.id(), new ReasonDraft(ReasonKind.DECLINE, "OTHER",
                unique("Tweede versie"), unique("Second version"), false));
        long id = fixtures.submittedInAssen("Bia Souza");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(catalogue.offered(ReasonKind.DECLINE)).extracting(ReasonEntry::id).contains(second.id())
                .doesNotContain(first.id());
        assertRefused(() -> officers.decline(id, first.id(), "uitleg"), "reasons.error.not-offered");
        assertThat(officers.details(id).status()).isEqualTo(RequestStatus.SUBMITTED);
        officers.decline(id, second.id(), "uitleg");
        assertThat(officers.details(id).declineReasonEntry().id()).isEqualTo(second.id());
    }

    @Test
    void a_region_default_switched_off_in_assen_is_no_longer_offered_there_but_still_in_de_wolden() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        ReasonEntry underAge = catalogue.offered(ReasonKind.DECLINE).stream()
                .filter(e -> "UNDER_AGE".equals(e.category()) && e.regionDefault()).findFirst().orElseThrow();
        long declinedBefore = fixtures.submittedInAssen("Cara Dias");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.decline(declinedBefore, underAge.id(), "Jonger dan 18.");

        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        catalogue.switchDefault("GM0106", underAge.id(), false);
        assertThat(catalogue.catalogue(ReasonKind.DECLINE, "GM0106")).filteredOn(l -> l.entry().id() == underAge.id())
                .singleElement().satisfies(l -> assertThat(l.switchedOff()).isTrue());

        long id = fixtures.submittedInAssen("Dora Reis");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(catalogue.offered(ReasonKind.DECLINE)).extracting(ReasonEntry::id).doesNotContain(underAge.id());
        assertRefused(() -> officers.decline(id, underAge.id(), "uitleg"), "reasons.error.not-offered");
        assertThat(officers.details(declinedBefore).declineReasonEntry().textKey())
                .isEqualTo("recognition.decline.UNDER_AGE");
        accounts.signInAs(Roles.OFFICER, "GM1690");
        assertThat(catalogue.offered(ReasonKind.DECLINE)).extracting(ReasonEntry::id).contains(underAge.id());
    }

    @Test
    void a_required_extra_checklist_item_blocks_recognition_until_it_is_ticked_and_is_kept_as_it_read() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        String nl = unique("Folder over de GGD meegegeven");
        ReasonEntry item = catalogue.add("GM0106", new ReasonDraft(ReasonKind.CHECK, null, nl,
                unique("GGD leaflet handed over"), true));
        long id = fixtures.submittedInAssen("Eva Costa");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(catalogue.offered(ReasonKind.CHECK)).extracting(ReasonEntry::id).contains(item.id());

        officers.recordChecklist(id, COMPLETE, Map.of(item.id(), false));
        assertRefused(() -> officers.recognise(id), "reasons.error.required-item-open");
        assertThat(officers.details(id).number()).isNull();

        officers.recordChecklist(id, COMPLETE, Map.of(item.id(), true));
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        catalogue.change(item.id(), new ReasonDraft(ReasonKind.CHECK, null, "Anders: " + nl, unique("Other"), true));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(officers.recognise(id)).isNotBlank();
        assertThat(officers.details(id).extraChecklist()).singleElement().satisfies(a -> {
            assertThat(a.ticked()).isTrue();
            assertThat(a.item().shownIn(Locale.of("nl"), KEY)).isEqualTo(nl);
        });
    }

    @Test
    void a_required_extra_item_blocks_a_registration_at_the_door_that_leaves_it_unticked() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        ReasonEntry item = catalogue.add("GM0106", new ReasonDraft(ReasonKind.CHECK, null,
                unique("Tolk aangeboden"), unique("Interpreter offered"), true));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        Identity identity = RecognitionFixtures.identity("Fia Deur", "9401 AB");
        ConsentAtDoor consent = RecognitionFixtures.consentAtDoor(fixtures.privacyStatementVersion());
        int before = officers.count(WorklistFilter.ALL);
        assertRefused(() -> officers.registerAtDoor(new DoorRegistration(identity, COMPLETE, consent)),
                "reasons.error.required-item-open");
        assertThat(officers.count(WorklistFilter.ALL)).isEqualTo(before);
        assertThat(officers.registerAtDoor(new DoorRegistration(identity, COMPLETE, consent,
                Map.of(item.id(), true))).number()).isNotBlank();
    }

    @Test
    void a_required_extra_item_blocks_a_renewal_until_it_is_ticked_in_the_renewal_conversation() {
        recognised.inAssen("Gia Renova");
        long id = workers.myRequestIds().getFirst();
        jdbc.update("UPDATE recognition_request SET status = 'ENDED', end_reason = 'EXPIRED', valid_until = ? "
                + "WHERE id = ?", java.time.LocalDate.now().minusDays(20), id);
        renewals.askRenewal();
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        ReasonEntry item = catalogue.add("GM0106", new ReasonDraft(ReasonKind.CHECK, null,
                unique("Exitprogramma besproken"), unique("Exit programme discussed"), true));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        renewals.planConversation(id, java.time.LocalDateTime.now().plusDays(2).withNano(0), IntakePlace.TOWN_HALL,
                "Stadhuis Assen");
        renewals.recordConversation(id, COMPLETE);
        assertRefused(() -> renewals.renew(id), "reasons.error.required-item-open");
        renewals.recordConversation(id, COMPLETE, Map.of(item.id(), true));
        assertThat(renewals.renew(id)).isAfter(java.time.LocalDate.now());
        assertThat(renewals.renewalOf(id).orElseThrow().extraChecklist()).singleElement()
                .satisfies(a -> assertThat(a.ticked()).isTrue());
    }

    @Autowired RenewalService renewals;

    @Test
    void a_municipal_administrator_of_de_wolden_reaches_nothing_of_assens_catalogue() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        String secret = unique("Alleen voor Assen");
        ReasonEntry assens = catalogue.add("GM0106", new ReasonDraft(ReasonKind.REVOKE, "OTHER", secret,
                unique("Only for Assen"), false));
        ReasonEntry builtIn = catalogue.catalogue(ReasonKind.REVOKE, "GM0106").stream()
                .filter(l -> l.entry().regionDefault()).findFirst().orElseThrow().entry();

        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM1690");
        ReasonDraft draft = new ReasonDraft(ReasonKind.REVOKE, "OTHER", unique("Poging"), unique("Attempt"), false);
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> catalogue.catalogue(ReasonKind.REVOKE, "GM0106"), () -> catalogue.history("GM0106"),
                () -> catalogue.add("GM0106", draft), () -> catalogue.change(assens.id(), draft),
                () -> catalogue.archive(assens.id()), () -> catalogue.switchDefault("GM0106", builtIn.id(), false),
                () -> catalogue.catalogue(ReasonKind.REVOKE, null), () -> catalogue.history(null))) {
            assertRefused(call, "error.not-found");
        }
        assertRefused(() -> catalogue.add(null, draft), "reasons.error.region-only");
        assertRefused(() -> catalogue.change(builtIn.id(), draft), "reasons.error.region-only");
        assertThat(catalogue.catalogue(ReasonKind.REVOKE, "GM1690")).extracting(l -> l.entry().id())
                .doesNotContain(assens.id()).contains(builtIn.id());

        accounts.signInAs(Roles.OFFICER, "GM1690");
        assertThat(catalogue.offered(ReasonKind.REVOKE)).extracting(ReasonEntry::id).doesNotContain(assens.id())
                .contains(builtIn.id());
        fixtures.signedInWorker();
        long wolden = workers.submit(new NewRequest(RecognitionFixtures.identity("Hana Wolden", "7921 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM1690");
        officers.recordChecklist(wolden, COMPLETE);
        officers.recognise(wolden);
        assertRefused(() -> objections.revoke(wolden, assens.id(), "uitleg"), "reasons.error.not-offered");
        assertThat(officers.details(wolden).status()).isEqualTo(RequestStatus.RECOGNISED);
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        assertThat(catalogue.catalogue(ReasonKind.REVOKE, "GM0106")).extracting(l -> l.entry().id())
                .contains(assens.id());
    }

    @Test
    void bad_texts_are_refused_on_their_field_and_change_nothing() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        String taken = unique("Bestaande reden");
        ReasonEntry existing = catalogue.add("GM0106", new ReasonDraft(ReasonKind.DECLINE, "OTHER", taken,
                unique("Existing reason"), false));
        int lines = catalogue.catalogue(ReasonKind.DECLINE, "GM0106").size();
        int changes = catalogue.history("GM0106").size();
        record Bad(ReasonDraft draft, String message, String field) {}
        for (Bad bad : List.of(
                new Bad(new ReasonDraft(ReasonKind.DECLINE, "OTHER", "  ", "English", false), "error.text-length",
                        ReasonCatalogueService.FIELD_NL),
                new Bad(new ReasonDraft(ReasonKind.DECLINE, "OTHER", "Nederlands", null, false),
                        "error.text-length", ReasonCatalogueService.FIELD_EN),
                new Bad(new ReasonDraft(ReasonKind.DECLINE, "OTHER", "x".repeat(ReasonDraft.TEXT_MAX + 1), "English",
                        false), "error.text-length", ReasonCatalogueService.FIELD_NL),
                new Bad(new ReasonDraft(ReasonKind.DECLINE, "OTHER", "Verborgen\u200Btekst", "English", false),
                        "error.invisible-characters", ReasonCatalogueService.FIELD_NL),
                new Bad(new ReasonDraft(ReasonKind.DECLINE, "OTHER", taken.toUpperCase(Locale.ROOT), "English",
                        false), "reasons.error.duplicate", ReasonCatalogueService.FIELD_NL),
                new Bad(new ReasonDraft(ReasonKind.DECLINE, "EXPIRED", "Verlopen", "Expired", false),
                        "reasons.error.category", ReasonCatalogueService.FIELD_CATEGORY),
                new Bad(new ReasonDraft(ReasonKind.END, "EXPIRED", "Verlopen", "Expired", false),
                        "reasons.error.category", ReasonCatalogueService.FIELD_CATEGORY))) {
            assertThatThrownBy(() -> catalogue.add("GM0106", bad.draft())).as(bad.toString())
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.messageKey()).isEqualTo(bad.message());
                        assertThat(r.field()).contains(bad.field());
                    });
            if (!bad.message().equals("reasons.error.duplicate")) { // its own text again is no duplicate
                assertThatThrownBy(() -> catalogue.change(existing.id(), bad.draft())).as("change " + bad)
                        .isInstanceOf(Refusal.class);
            }
        }
        assertThat(catalogue.catalogue(ReasonKind.DECLINE, "GM0106")).hasSize(lines)
                .anySatisfy(l -> assertThat(l.entry().id()).isEqualTo(existing.id()));
        assertThat(catalogue.history("GM0106")).hasSize(changes);
    }

    @Test
    void every_change_is_in_the_history_with_the_staff_id_and_the_version_it_made() {
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        ReasonEntry added = catalogue.add(null, new ReasonDraft(ReasonKind.END, "STOPPED", unique("Gestopt, elders"),
                unique("Stopped, elsewhere"), false));
        ReasonEntry changed = catalogue.change(added.id(), new ReasonDraft(ReasonKind.END, "STOPPED",
                unique("Gestopt"), unique("Stopped"), false));
        catalogue.archive(changed.id());
        assertThat(catalogue.history(null)).extracting(ReasonChange::action, c -> c.entry().id(),
                ReasonChange::staffId).startsWith(
                        org.assertj.core.groups.Tuple.tuple("ARCHIVED", changed.id(), admin.id()),
                        org.assertj.core.groups.Tuple.tuple("CHANGED", changed.id(), admin.id()),
                        org.assertj.core.groups.Tuple.tuple("ADDED", added.id(), admin.id()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'RULES_CHANGED' "
                + "AND subject_type = 'REASON' AND subject = ?", Integer.class, Long.toString(changed.id())))
                .isEqualTo(2);
    }

    @Test
    @RetentionRuleTest("recognition.reasons.staff")
    void the_staff_id_of_a_catalogue_change_is_removed_after_the_audit_term_and_the_change_stays() {
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        ReasonEntry added = catalogue.add("GM1690", new ReasonDraft(ReasonKind.CHECK, null, unique("Bewaard"),
                unique("Kept"), false));
        int years = register.amount(ReasonRetention.STAFF.id(), null);

        retention.run(Clocks.justBefore(years, YEARS));
        assertThat(staffOf(added.id())).containsExactly(admin.id());
        retention.run(Clocks.justAfter(years, YEARS));
        assertThat(staffOf(added.id())).hasSize(1).containsOnlyNulls();
    }

    private List<Long> staffOf(long entryId) {
        return jdbc.queryForList("SELECT staff_id FROM reason_history WHERE entry_id = ?", Long.class, entryId);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.messageKey()).isEqualTo(key));
    }
}
