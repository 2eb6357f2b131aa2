package nl.erkenningsportaal;

import static nl.erkenningsportaal.HostileInput.HUNDRED_KB;
import static nl.erkenningsportaal.HostileInput.INVISIBLE;
import static nl.erkenningsportaal.HostileInput.XSS;
import static nl.erkenningsportaal.HostileInput.assertRefused;
import static nl.erkenningsportaal.HostileInput.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.NewStaffAccount;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.information.Audience;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.PageEdit;
import nl.erkenningsportaal.information.PageStatus;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.MunicipalitySettings;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.outreach.Platform;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.DeclineReason;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.Message;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.Note;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.SignUp;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.recognition.WorkersRightsRequest;
import nl.erkenningsportaal.signal.Handover;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack suite of issue 8, service side: markup and script in every free-text field comes back exactly as typed
 * (the views show it as text, see {@code HostileTextInViewsUiTest}); over-long input, invisible characters and
 * impossible dates are refused with a translated reason, never a raw exception. What RecognitionFlowTest (legal
 * name), BookingTest, LoginTest and SafeMarkdownTest already cover is not repeated here.
 */
@IntegrationTest
class HostileInputTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String UNKNOWN_NUMBER = nl.erkenningsportaal.recognition.RecognitionNumber.generate(
            new java.security.SecureRandom());

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RecognitionFixtures recognitionFixtures;

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    ConsultationFixtures consultationFixtures;

    @Autowired
    OutreachService outreach;

    @Autowired
    SignalService signals;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    InformationService information;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static Identity identity(String name, String street, String town, String workName) {
        return new Identity(name, LocalDate.of(1994, 7, 1), "CO", street, "7", null, "9401 AB", town,
                "+31 6 11112222", workName, List.of("es"), ContactPreference.PORTAL);
    }

    // ---- 1. markup and script are stored and returned as typed

    @Test
    void script_in_every_free_text_of_a_recognition_request_comes_back_exactly_as_typed_to_worker_and_officer() {
        for (String p : XSS) {
            var worker = recognitionFixtures.signedInWorker();
            long id = workers.submit(new NewRequest(identity("Ana " + p, p, p, p), null));
            workers.sendMessage("bericht " + p);
            workers.reportMove("verhuisd " + p);
            assertThat(workers.myIdentity()).hasValueSatisfying(i -> {
                assertThat(i.legalName()).isEqualTo("Ana " + p);
                assertThat(i.street()).isEqualTo(p);
                assertThat(i.town()).isEqualTo(p);
                assertThat(i.workName()).isEqualTo(p);
            });

            accounts.signInAs(Roles.OFFICER, "GM0106");
            Identity seen = officers.revealIdentity(id, RecognitionFixtures.INTAKE);
            assertThat(List.of(seen.legalName(), seen.street(), seen.town(), seen.workName()))
                    .containsExactly("Ana " + p, p, p, p);
            officers.planIntake(id, LocalDateTime.now(AMSTERDAM).plusDays(2).withNano(0), IntakePlace.TOWN_HALL,
                    "balie " + p);
            officers.addNote(id, "notitie " + p);
            officers.sendMessage(id, "antwoord " + p);
            officers.askMoreInformation(id, "vraag " + p);
            assertThat(officers.lookUpNumber(UNKNOWN_NUMBER, "reden " + p)).isEmpty();
            officers.decline(id, DeclineReason.NO_INTAKE_POSSIBLE, "uitleg " + p);
            var details = officers.details(id);
            assertThat(details.intakePlaceText()).isEqualTo("balie " + p);
            assertThat(details.declineText()).isEqualTo("uitleg " + p);
            var opened = officers.openCorrespondence(id, RecognitionFixtures.INTAKE);
            assertThat(opened.notes()).extracting(Note::text).containsExactly("notitie " + p);
            assertThat(opened.messages()).extracting(Message::text)
                    .contains("bericht " + p, "verhuisd " + p, "antwoord " + p, "vraag " + p);

            TestAccounts.signIn(worker);
            assertThat(workers.myRequest()).hasValueSatisfying(r -> {
                assertThat(r.declineText()).isEqualTo("uitleg " + p);
                assertThat(r.messages()).extracting(Message::text).contains("antwoord " + p, "vraag " + p);
            });
        }
    }

    @Test
    void script_in_the_phone_and_house_number_addition_is_refused_by_their_format() {
        recognitionFixtures.signedInWorker();
        Identity ok = identity("Ana Lima", "Kerkstraat", "Assen", null);
        for (String p : XSS) {
            assertRefused("phone " + p, () -> workers.submit(new NewRequest(new Identity(ok.legalName(),
                    ok.dateOfBirth(), ok.nationality(), ok.street(), ok.houseNumber(), null, ok.postcode(), ok.town(),
                    p, null, ok.languages(), ok.preferredContact()), null)), "recognition.error.phone");
            assertRefused("addition " + p, () -> workers.submit(new NewRequest(new Identity(ok.legalName(),
                    ok.dateOfBirth(), ok.nationality(), ok.street(), ok.houseNumber(), p, ok.postcode(), ok.town(),
                    null, null, ok.languages(), ok.preferredContact()), null)), "recognition.error.addition");
        }
    }

    @Test
    void script_in_consultation_locations_cancel_messages_and_booking_work_names_comes_back_exactly_as_typed() {
        for (String p : XSS) {
            accounts.signInAs(Roles.GGD, null);
            long location = ggd.createLocation("GGD " + p, "Straat 1 " + p, "Lift " + p);
            LocalDate monday = LocalDate.now(AMSTERDAM).plusWeeks(3).with(DayOfWeek.MONDAY);
            ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(14, 0), 60, 1,
                    monday, monday, Set.of("GM0106")));
            SessionSummary session = ggd.sessions(monday, monday).stream()
                    .filter(s -> s.locationName().equals("GGD " + p)).findFirst().orElseThrow();
            assertThat(List.of(session.locationName(), session.locationAddress(), session.accessibilityNotes()))
                    .containsExactly("GGD " + p, "Straat 1 " + p, "Lift " + p);
            long slot = ggd.day(session.id()).slots().getFirst().slot().id();

            accounts.signInAs(Roles.WORKER, null);
            bookings.book(new BookingRequest(slot, "GM0106", "es", false, null, p));
            accounts.signInAs(Roles.GGD, null);
            assertThat(ggd.day(session.id()).slots().getFirst().bookings().getFirst().workName()).isEqualTo(p);
            ggd.cancelSession(session.id(), "Vervalt " + p);
            assertThat(ggd.sessions(monday, monday)).filteredOn(s -> s.id() == session.id()).singleElement()
                    .satisfies(s -> assertThat(s.cancelMessage()).isEqualTo("Vervalt " + p));
        }
    }

    @Test
    void script_in_outreach_and_signal_texts_comes_back_exactly_as_typed_to_officer_and_coordinator() {
        for (String p : XSS) {
            accounts.signInAs(Roles.OFFICER, "GM0106");
            long ad = outreach.recordAdvertisement(Platform.CLASSIFIEDS, "advertentie " + p, LocalDate.now(AMSTERDAM),
                    LocalDate.now(AMSTERDAM));
            long visit = outreach.recordVisit(new NewVisit("Adres " + p, LocalDateTime.now(AMSTERDAM).minusHours(1), ad,
                    "es", Outcome.INFORMED, null, "notities " + p));
            assertThat(outreach.advertisements()).filteredOn(a -> a.id() == ad).singleElement()
                    .satisfies(a -> assertThat(a.reference()).isEqualTo("advertentie " + p));
            assertThat(outreach.visit(visit).address()).isEqualTo("Adres " + p);
            assertThat(outreach.visit(visit).notes()).isEqualTo("notities " + p);

            long signal = signals.raise(new NewSignal(null, visit, Set.of(Indicator.FEAR), "beschrijving " + p,
                    Urgency.HIGH));
            signals.addNote(signal, "handhaving " + p);
            signals.escalate(signal);
            accounts.signInAs(Roles.COORDINATOR, null);
            signals.addNote(signal, "regie " + p);
            assertThat(signals.linkedIdentity(signal, new StatedReason(AccessReason.SIGNAL, "controle " + p))).isEmpty();
            var seen = signals.get(signal);
            assertThat(seen.description()).isEqualTo("beschrijving " + p);
            assertThat(seen.notes()).anyMatch(n -> n.endsWith("handhaving " + p)).anyMatch(n -> n.endsWith("regie " + p));
        }
    }

    @Test
    void script_in_a_municipalitys_mail_sender_name_and_an_information_page_title_is_kept_as_text() {
        accounts.signInAs(Roles.ADMIN, null);
        var assen = municipalities.find("GM0106").orElseThrow().settings();
        try {
            for (String p : XSS) {
                var changed = municipalities.updateSettings("GM0106", withSender(assen, "Gemeente " + p));
                assertThat(changed.settings().mailSenderName()).isEqualTo("Gemeente " + p);
            }
        } finally {
            municipalities.updateSettings("GM0106", assen);
        }
        String slug = "aanval-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        information.save(new PageEdit(slug, "nl", null, XSS.getFirst(), "Tekst", PageStatus.PUBLISHED,
                LocalDate.now(AMSTERDAM), 0));
        assertThat(information.editable(slug, "nl", null).title()).isEqualTo(XSS.getFirst());
    }

    static MunicipalitySettings withSender(MunicipalitySettings s, String sender) {
        return new MunicipalitySettings(s.recognitionValidityMonths(), s.reminderDaysBefore(), sender);
    }

    // ---- 2. over-long input, invisible characters, impossible dates

    /** One free-text field: how to call it with a value, and the keys a refusal may carry. */
    record Field(String name, Function<String, Runnable> call, String... keys) {}

    @Test
    void a_hundred_kilobytes_or_an_invisible_character_in_any_recognition_field_is_refused_with_a_translated_reason() {
        var worker = recognitionFixtures.signedInWorker();
        Identity ok = identity("Ana Lima", "Kerkstraat", "Assen", "Luna");
        List<Field> identityFields = List.of(
                new Field("legal name", v -> () -> workers.submit(new NewRequest(identity(v, "Kerkstraat", "Assen",
                        null), null)), "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("street", v -> () -> workers.submit(new NewRequest(identity("Ana", v, "Assen", null), null)),
                        "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("town", v -> () -> workers.submit(new NewRequest(identity("Ana", "Kerkstraat", v, null),
                        null)), "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("work name", v -> () -> workers.submit(new NewRequest(identity("Ana", "Kerkstraat", "Assen",
                        v), null)), "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("phone", v -> () -> workers.submit(new NewRequest(new Identity("Ana", ok.dateOfBirth(), "CO",
                        "Kerkstraat", "7", null, "9401 AB", "Assen", "06" + v, null, ok.languages(),
                        ok.preferredContact()), null)), "recognition.error.phone"),
                new Field("house number addition", v -> () -> workers.submit(new NewRequest(new Identity("Ana",
                        ok.dateOfBirth(), "CO", "Kerkstraat", "7", "a" + v, "9401 AB", "Assen", null, null,
                        ok.languages(), ok.preferredContact()), null)), "recognition.error.addition"));
        identityFields.forEach(HostileInputTest::attack);
        long id = workers.submit(new NewRequest(identity("Ana Lima", "Kerkstraat", "Assen", null), null));
        List<Field> workerFields = List.of(
                new Field("message to the officers", v -> () -> workers.sendMessage(v), "recognition.error.too-long",
                        "recognition.error.invisible-characters"),
                new Field("reported move", v -> () -> workers.reportMove(v), "recognition.error.too-long",
                        "recognition.error.invisible-characters"));
        workerFields.forEach(HostileInputTest::attack);

        accounts.signInAs(Roles.OFFICER, "GM0106");
        List<Field> officerFields = List.of(
                new Field("officer note", v -> () -> officers.addNote(id, v), "recognition.error.too-long",
                        "recognition.error.invisible-characters"),
                new Field("message to the worker", v -> () -> officers.sendMessage(id, v),
                        "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("question to the worker", v -> () -> officers.askMoreInformation(id, v),
                        "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("intake place", v -> () -> officers.planIntake(id, LocalDateTime.now(AMSTERDAM).plusDays(1),
                        IntakePlace.TOWN_HALL, v), "recognition.error.too-long",
                        "recognition.error.invisible-characters"),
                new Field("lookup reason", v -> () -> officers.lookUpNumber(UNKNOWN_NUMBER, v),
                        "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("decline explanation", v -> () -> officers.decline(id, DeclineReason.NOT_VOLUNTARY, v),
                        "recognition.error.too-long", "recognition.error.invisible-characters"),
                new Field("reason to open the identity", v -> () -> officers.revealIdentity(id,
                        new StatedReason(AccessReason.INTAKE, v)), "audit.reason.too-long", "audit.reason.invisible"),
                new Field("reason to open the messages", v -> () -> officers.openCorrespondence(id,
                        new StatedReason(AccessReason.WORKERS_QUESTION, v)), "audit.reason.too-long",
                        "audit.reason.invisible"),
                new Field("how the worker asked for her data", v -> () -> officers.exportForWorker(id,
                        new WorkersRightsRequest(v, true)), "recognition.error.too-long",
                        "recognition.error.invisible-characters"));
        officerFields.forEach(HostileInputTest::attack);
        assertThat(officers.openCorrespondence(id, RecognitionFixtures.INTAKE).notes()).isEmpty();
        TestAccounts.signIn(worker);
        assertThat(workers.myRequest()).hasValueSatisfying(r -> assertThat(r.messages()).isEmpty());
    }

    @Test
    void a_line_break_is_refused_in_names_and_addresses_but_kept_in_messages_and_notes() {
        var worker = recognitionFixtures.signedInWorker();
        for (Identity broken : List.of(identity("Ana\nLima", "Kerkstraat", "Assen", null),
                identity("Ana Lima", "Kerk\nstraat", "Assen", null), identity("Ana Lima", "Kerkstraat", "As\nsen", null),
                identity("Ana Lima", "Kerkstraat", "Assen", "Lu\nna"))) {
            assertRefused(broken.toString(), () -> workers.submit(new NewRequest(broken, null)),
                    "recognition.error.invisible-characters");
        }
        long id = workers.submit(new NewRequest(identity("Ana Lima", "Kerkstraat", "Assen", null), null));
        workers.sendMessage("Goedemorgen,\nik ben verhuisd.");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.addNote(id, "Eerste regel\nTweede regel");
        var opened = officers.openCorrespondence(id, RecognitionFixtures.INTAKE);
        assertThat(opened.notes()).extracting(Note::text).contains("Eerste regel\nTweede regel");
        assertThat(opened.messages()).extracting(Message::text).contains("Goedemorgen,\nik ben verhuisd.");
    }

    @Test
    void a_hundred_kilobytes_or_an_invisible_character_in_consultation_outreach_and_signal_texts_is_refused() {
        SessionSummary session = consultationFixtures.sessionNextWeek(1);
        long slot = consultationFixtures.firstSlot(session);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long visit = outreach.recordVisit(new NewVisit("Stationsstraat 1", LocalDateTime.now(AMSTERDAM).minusHours(1),
                null, null, Outcome.NOT_AT_HOME, null, null));
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.LOW));
        String[] text = {"error.text-length", "error.invisible-characters"};
        int visitsBefore = outreach.visits(null, LocalDate.now(AMSTERDAM).minusDays(1), LocalDate.now(AMSTERDAM)).size();
        int signalsBefore = signals.signals().size();
        List<Field> officerFields = List.of(
                new Field("advertisement", v -> () -> outreach.recordAdvertisement(Platform.TIP, v,
                        LocalDate.now(AMSTERDAM), LocalDate.now(AMSTERDAM)), text),
                new Field("visit address", v -> () -> outreach.recordVisit(new NewVisit(v, LocalDateTime.now(AMSTERDAM),
                        null, null, Outcome.INFORMED, null, null)), text),
                new Field("visit notes", v -> () -> outreach.recordVisit(new NewVisit("Stationsstraat 1",
                        LocalDateTime.now(AMSTERDAM), null, null, Outcome.INFORMED, null, v)), text),
                new Field("signal description", v -> () -> signals.raise(new NewSignal(null, null, Set.of(), v,
                        Urgency.LOW)), text),
                new Field("signal note", v -> () -> signals.addNote(signal, v), text));
        officerFields.forEach(HostileInputTest::attack);
        assertThat(outreach.visits(null, LocalDate.now(AMSTERDAM).minusDays(1), LocalDate.now(AMSTERDAM)))
                .hasSize(visitsBefore).extracting(v -> v.id()).contains(visit);
        assertThat(signals.signals()).hasSize(signalsBefore);

        signals.escalate(signal);
        accounts.signInAs(Roles.COORDINATOR, null);
        attack(new Field("escalation note", v -> () -> signals.addNote(signal, v), text));
        attack(new Field("reason to open the identity", v -> () -> signals.linkedIdentity(signal,
                new StatedReason(AccessReason.SIGNAL, v)), "audit.reason.too-long", "audit.reason.invisible"));
        assertThat(signals.get(signal).notes()).isEmpty();

        accounts.signInAs(Roles.GGD, null);
        List<Field> ggdFields = List.of(
                new Field("location name", v -> () -> ggd.createLocation(v, "Straat 1", null), text),
                new Field("location address", v -> () -> ggd.createLocation("GGD", v, null), text),
                new Field("location notes", v -> () -> ggd.createLocation("GGD", "Straat 1", v), text),
                new Field("cancel message", v -> () -> ggd.cancelSession(session.id(), v), text));
        ggdFields.forEach(HostileInputTest::attack);
        assertThat(ggd.sessions(session.date(), session.date())).filteredOn(s -> s.id() == session.id())
                .singleElement().satisfies(s -> assertThat(s.cancelled()).isFalse());

        accounts.signInAs(Roles.WORKER, null);
        attack(new Field("booking work name", v -> () -> bookings.book(new BookingRequest(slot, "GM0106", "nl", false,
                null, v)), "consultation.error.work-name", "error.invisible-characters"));
        assertThat(bookings.myBookings()).isEmpty();
    }

    @Test
    void line_breaks_in_multi_line_notes_and_messages_are_kept_not_refused() {
        SessionSummary session = consultationFixtures.sessionNextWeek(1);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long visit = outreach.recordVisit(new NewVisit("Stationsstraat 1", LocalDateTime.now(AMSTERDAM).minusHours(1),
                null, null, Outcome.INFORMED, null, "Eerste regel\nTweede regel"));
        assertThat(outreach.visit(visit).notes()).isEqualTo("Eerste regel\nTweede regel");
        long signal = signals.raise(new NewSignal(null, null, Set.of(), "Regel 1\nRegel 2", Urgency.LOW));
        signals.addNote(signal, "Notitie\nmet twee regels");
        assertThat(signals.get(signal).description()).isEqualTo("Regel 1\nRegel 2");
        accounts.signInAs(Roles.GGD, null);
        ggd.cancelSession(session.id(), "Beste bezoeker,\nde arts is ziek.");
        assertThat(ggd.sessions(session.date(), session.date())).filteredOn(s -> s.id() == session.id())
                .singleElement().satisfies(s -> assertThat(s.cancelMessage()).isEqualTo("Beste bezoeker,\nde arts is ziek."));
    }

    @Test
    void a_hundred_kilobytes_or_an_invisible_character_in_usernames_sender_names_and_page_titles_is_refused() {
        for (String bad : List.of(HUNDRED_KB, "ana" + HostileInput.ZERO_WIDTH_SPACE + "lima", "\uFEFFanalima",
                "ana\u200Dlima", "ana\u202Eamil")) {
            assertRefused("worker username", () -> workers.signUp(new SignUp(bad, "a long enough password", true,
                    workers.privacyStatementVersion())), "error.username-invalid");
            accounts.signInAs(Roles.ADMIN, null);
            assertRefused("staff username", () -> accountService.createStaffAccount(new NewStaffAccount(bad,
                    Roles.GGD, null)), "error.username-invalid");
            TestAccounts.signOut();
        }
        assertRefused("100 KB password", () -> workers.signUp(new SignUp("lange-" + UUID.randomUUID().toString()
                .substring(0, 6), HUNDRED_KB + "b", true, workers.privacyStatementVersion())),
                "error.password-length");

        accounts.signInAs(Roles.ADMIN, null);
        var assen = municipalities.find("GM0106").orElseThrow().settings();
        String slug = "titel-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        for (String bad : badTexts("Gemeente Assen")) {
            assertRefused("sender name", () -> municipalities.updateSettings("GM0106", withSender(assen, bad)),
                    "error.text-length", "error.invisible-characters");
            assertRefused("page title", () -> information.save(new PageEdit(slug, "nl", null, bad, "Tekst",
                    PageStatus.DRAFT, LocalDate.now(AMSTERDAM), 0)), "error.text-length",
                    "error.invisible-characters");
        }
        assertRefused("line break in a mail sender name", () -> municipalities.updateSettings("GM0106",
                withSender(assen, "Gemeente\r\nBcc: iemand@example.org")), "error.invisible-characters");
        assertThat(municipalities.find("GM0106").orElseThrow().settings()).isEqualTo(assen);
    }

    @Test
    void impossible_dates_are_refused_with_a_translated_reason_never_a_database_error() {
        LocalDate today = LocalDate.now(AMSTERDAM);
        var worker = recognitionFixtures.signedInWorker();
        assertRefused("born in the future", () -> workers.submit(new NewRequest(new Identity("Ana", today.plusYears(1),
                "CO", "Kerkstraat", "7", null, "9401 AB", "Assen", null, null, List.of("es"), ContactPreference.PORTAL),
                null)), "recognition.error.birth-in-future");
        long id = workers.submit(new NewRequest(identity("Ana Lima", "Kerkstraat", "Assen", null), null));

        accounts.signInAs(Roles.OFFICER, "GM0106");
        LocalDate[] absurd = {LocalDate.of(1, 1, 1), LocalDate.of(99_999, 12, 31)};
        for (LocalDate d : absurd) {
            assertRefused("advertisement seen " + d, () -> outreach.recordAdvertisement(Platform.TIP, "x", d, d));
            assertRefused("visit on " + d, () -> outreach.recordVisit(new NewVisit("Stationsstraat 1", d.atTime(12, 0),
                    null, null, Outcome.INFORMED, null, null)));
            assertRefused("follow-up on " + d, () -> outreach.recordVisit(new NewVisit("Stationsstraat 1",
                    LocalDateTime.now(AMSTERDAM).minusHours(1), null, null, Outcome.INFORMED, d, null)));
            assertRefused("intake on " + d, () -> officers.planIntake(id, d.atTime(10, 0), IntakePlace.TOWN_HALL,
                    "Stadhuis"));
        }
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), null, Urgency.LOW));
        signals.escalate(signal);
        accounts.signInAs(Roles.COORDINATOR, null);
        for (LocalDate d : absurd) {
            assertRefused("hand-over on " + d, () -> signals.handOver(signal, Handover.POLICE, d));
        }
        accounts.signInAs(Roles.GGD, null);
        long location = ggd.locations().getFirst().id();
        for (LocalDate d : absurd) {
            assertRefused("series until " + d, () -> ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY,
                    LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 1, d, d, Set.of("GM0106"))));
        }
        accounts.signInAs(Roles.ADMIN, null);
        String slug = "datum-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        assertRefused("page reviewed in year 1", () -> information.save(new PageEdit(slug, "nl", null, "Titel", "Tekst",
                PageStatus.DRAFT, LocalDate.of(1, 1, 1), 0)));
        TestAccounts.signIn(worker);
        assertThat(workers.myRequest()).hasValueSatisfying(r -> assertThat(r.intakeAt()).isNull());
    }

    @Test
    void a_session_in_the_hour_skipped_when_clocks_go_forward_is_refused_when_no_slot_remains_and_loses_only_that_slot_otherwise() {
        accounts.signInAs(Roles.GGD, null);
        long location = ggd.createLocation("GGD zomertijd", "Zomerstraat 1", null);
        LocalDate spring = LocalDate.of(2027, 3, 28); // last Sunday of March: 02:00 becomes 03:00
        assertRefused("02:00-03:00 on the night of the change", () -> ggd.createSeries(new NewSeries(location,
                DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0), 30, 1, spring, spring, Set.of("GM0106"))),
                "consultation.error.no-slots");
        assertThat(ggd.sessions(spring, spring)).noneMatch(s -> s.locationName().equals("GGD zomertijd"));

        assertThat(ggd.createSeries(new NewSeries(location, DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0), 30,
                1, spring, spring, Set.of("GM0106")))).isEqualTo(1);
        SessionSummary session = ggd.sessions(spring, spring).stream()
                .filter(s -> s.locationName().equals("GGD zomertijd")).findFirst().orElseThrow();
        assertThat(ggd.day(session.id()).slots()).extracting(s -> s.slot().start())
                .containsExactly(LocalTime.of(3, 0), LocalTime.of(3, 30));
        assertRefused("moved into the skipped hour", () -> ggd.changeTimes(session.id(), LocalTime.of(2, 0),
                LocalTime.of(3, 0)), "consultation.error.no-slots");
    }

    @Test
    void an_intake_planned_in_the_skipped_hour_is_moved_to_the_clock_time_that_exists_an_hour_later() {
        long id = recognitionFixtures.submittedInAssen("Zomertijd Intake");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.planIntake(id, LocalDateTime.of(2027, 3, 28, 2, 30), IntakePlace.TOWN_HALL, "Stadhuis");
        assertThat(officers.details(id).intakeAt().atZone(AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 3, 28, 3, 30));
    }

    // ----

    static List<String> badTexts(String base) {
        List<String> bad = new java.util.ArrayList<>(List.of(HUNDRED_KB));
        INVISIBLE.forEach(c -> bad.add(with(c, base)));
        return bad;
    }

    /** Sends 100 KB and each invisible character through the field; all are refused with one of its keys. */
    static void attack(Field f) {
        for (String bad : badTexts("Ana Lima Kerkstraat")) {
            String what = f.name() + " with " + (bad.length() > 1000 ? "100 KB" : "U+" + Integer.toHexString(bad
                    .codePoints().filter(cp -> Character.getType(cp) == Character.FORMAT).findFirst().orElse(0))
                    .toUpperCase(java.util.Locale.ROOT));
            nl.erkenningsportaal.platform.Refusal refused = assertRefused(what, () -> f.call().apply(bad).run(), f.keys());
            if (!refused.messageKey().startsWith("audit.")) { // the reason's own messages say "the explanation"
                // the refusal names its field, so the page shows it there and says which (issue 23)
                assertThat(refused.field()).as(what + ": names its field").isPresent();
                HostileInput.assertTranslatedEverywhere(refused.field().orElseThrow());
            }
        }
    }
}
