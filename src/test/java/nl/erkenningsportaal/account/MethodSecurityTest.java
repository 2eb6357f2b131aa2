package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.contact.CareTaskService;
import nl.erkenningsportaal.contact.CareTopic;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.FormGuard;
import nl.erkenningsportaal.contact.NewCareRequest;
import nl.erkenningsportaal.contact.NewQuestion;
import nl.erkenningsportaal.contact.QuestionService;
import nl.erkenningsportaal.contact.QuestionTaskService;
import nl.erkenningsportaal.contact.ReplyMethod;
import nl.erkenningsportaal.contact.WorkerCareService;
import nl.erkenningsportaal.notification.Notices;
import nl.erkenningsportaal.recognition.AccessRecoveryService;
import nl.erkenningsportaal.recognition.CareOfferService;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.mydata.MyDataService;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.overview.OverviewService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.recognition.CorrectionService;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.LifecycleTasks;
import nl.erkenningsportaal.recognition.MoveService;
import nl.erkenningsportaal.recognition.ObjectionService;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.ReasonCatalogueService;
import nl.erkenningsportaal.recognition.ReasonDraft;
import nl.erkenningsportaal.recognition.ReasonEntry;
import nl.erkenningsportaal.recognition.ReasonKind;
import nl.erkenningsportaal.recognition.RenewalService;
import nl.erkenningsportaal.recognition.RequestStatus;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.signal.CaseStatus;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class MethodSecurityTest {

    @Autowired
    AccountService accountService;

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void method_security_is_switched_on_so_an_anonymous_call_is_refused() {
        assertThatThrownBy(() -> accountService.staffAccounts())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void only_an_admin_lists_and_creates_staff_accounts() {
        for (String role : new String[] {Roles.WORKER, Roles.OFFICER, Roles.GGD, Roles.COORDINATOR, Roles.POLICY}) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> accountService.staffAccounts()).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> accountService.createStaffAccount(
                    new NewStaffAccount("sneaky-" + role.toLowerCase(), Roles.ADMIN, null))).as(role)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        String username = "ggd-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createStaffAccount(new NewStaffAccount(username, Roles.GGD, null));
        assertThat(accountService.staffAccounts()).extracting(StaffAccount::username)
                .contains(admin.username(), username);
    }

    @Test
    void only_an_admin_changes_municipality_settings() {
        var assen = municipalities.find("GM0106").orElseThrow();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> municipalities.updateSettings("GM0106", assen.settings()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_municipal_administrator_of_de_wolden_is_refused_every_settings_method_on_assen() {
        var assen = municipalities.find("GM0106").orElseThrow();
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM1690");
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
                () -> municipalities.updateSettings("GM0106", assen.settings()),
                () -> municipalities.updateRetention("GM0106", assen.retention()),
                () -> municipalities.settingsHistory("GM0106"), () -> municipalities.participationImpact("GM0106"),
                () -> municipalities.join("GM0106"), () -> municipalities.leave("GM0106"));
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(AuthorizationDeniedException.class));
        assertThat(municipalities.settingsHistory("GM1690")).isNotNull();
        assertThat(municipalities.find("GM0106").orElseThrow()).isEqualTo(assen);
    }

    @Test
    void passwords_are_hashed_with_argon2id_at_owasp_parameters() {
        String hash = passwordEncoder.encode("correct horse battery staple");
        assertThat(hash).startsWith("$argon2id$").contains("m=19456,t=2,p=1");
        assertThat(passwordEncoder.matches("correct horse battery staple", hash)).isTrue();
    }

    // ---- every public service method, for every role that should not reach it (issue 8)

    @Autowired
    ApplicationContext ctx;

    @Autowired
    RecognitionFixtures recognitionFixtures;

    static final List<Class<?>> SERVICES = List.of(WorkerRecognitionService.class, OfficerRecognitionService.class,
            WorkerBookingService.class, GgdConsultationService.class, OutreachService.class, SignalService.class,
            OverviewService.class, AccountService.class, AuditService.class, MyDataService.class,
            InformationService.class, MunicipalityService.class, ObjectionService.class, MoveService.class,
            CorrectionService.class, RenewalService.class, LifecycleTasks.class, WorkerCareService.class,
            CareTaskService.class, QuestionTaskService.class, QuestionService.class, CareOfferService.class,
            AccessRecoveryService.class, PasswordRecovery.class, Notices.class,
            nl.erkenningsportaal.notification.StaffAlertService.class, ReasonCatalogueService.class);

    /** Methods meant for anyone (visitors, or any signed-in user about themselves). */
    static final Set<String> FOR_EVERYONE = Set.of("WorkerRecognitionService.signUp",
            "WorkerRecognitionService.privacyStatementVersion",
            "WorkerRecognitionService.municipalitiesForPostcode", "WorkerRecognitionService.claimDoorRegistration",
            "AccountService.changeOwnPassword", "AccountService.registerWorker", "AccountService.exportOwnAccount",
            "InformationService.readersMunicipality", "InformationService.readablePages", "InformationService.read",
            "InformationService.currentPrivacyStatementVersion", "InformationService.privacyStatement",
            "InformationService.privacyStatementConsentVersion",
            "MunicipalityService.all", "MunicipalityService.participating", "MunicipalityService.find",
            "MunicipalityService.findByName", "MunicipalityService.regionRetention",
            // a question without an account, and recovery with an officer's code, are for visitors (issue 19)
            "QuestionService.municipalities", "QuestionService.ask", "QuestionService.answer",
            "PasswordRecovery.recover", "Notices.pageUrl",
            // the audit trail's write path: no security of its own, it only joins the caller's transaction
            "AuditService.record", "AuditService.assignmentChanged");

    /** What each role may reach besides {@link #FOR_EVERYONE}: whole services ("Service.") or single methods. */
    static final Map<String, Set<String>> OWN = Map.of(
            Roles.WORKER, Set.of("WorkerRecognitionService.", "WorkerBookingService.", "MyDataService.",
                    "AccountService.eraseOwnWorkerAccount", "AuditService.aboutMyOwn", "WorkerCareService.",
                    "CareOfferService.",
                    // issue 19: her side of objection, moving, correction and renewal
                    "ObjectionService.myDecision", "ObjectionService.myObjection", "ObjectionService.myObjectionTexts",
                    "ObjectionService.lodge", "ObjectionService.withdrawObjection", "MoveService.whatMovingMeans",
                    "MoveService.myTransfer", "MoveService.reportMove", "MoveService.endBecauseMovingAway",
                    "MoveService.cancelMove", "CorrectionService.myDetails", "CorrectionService.myCorrections",
                    "CorrectionService.propose", "CorrectionService.withdrawCorrection", "RenewalService.myRenewal",
                    "RenewalService.askRenewal"),
            // the GGD's health requests, never the officers' assignment of theirs (issue 20)
            Roles.GGD, Set.of("GgdConsultationService.", "CareTaskService.tasks", "CareTaskService.open",
                    "CareTaskService.sendMessage", "CareTaskService.recordContact", "CareTaskService.close",
                    "Notices.", "StaffAlertService."),
            // a municipal administrator: her own municipality's staff; updateSettings for Assen is refused
            // (she is of De Wolden), so it is not listed here
            Roles.MUNICIPAL_ADMIN, Set.of("AccountService.staffAccounts", "AccountService.createStaffAccount",
                    "AccountService.setEnabled", "MunicipalityService.manageable",
                    // issue 20: her municipality's reasons and checklist items (Assen's are refused, tested below)
                    "ReasonCatalogueService.catalogue", "ReasonCatalogueService.add", "ReasonCatalogueService.change",
                    "ReasonCatalogueService.archive", "ReasonCatalogueService.switchDefault",
                    "ReasonCatalogueService.history"),
            Roles.OFFICER, Set.of("OfficerRecognitionService.", "OutreachService.", "SignalService.raise",
                    "SignalService.escalate", "SignalService.signals", "SignalService.get", "SignalService.addNote",
                    "CareTaskService.", "QuestionTaskService.", "AccessRecoveryService.", "PasswordRecovery.issue",
                    "Notices.", "StaffAlertService.", "ReasonCatalogueService.offered",
                    // issue 19: the officer's side
                    "ObjectionService.decisionOf", "ObjectionService.objectionOf", "ObjectionService.revoke",
                    "ObjectionService.openObjection", "ObjectionService.confirmReceipt", "ObjectionService.planHearing",
                    "ObjectionService.recordHearing", "ObjectionService.recordNoHearing",
                    "ObjectionService.decideObjection", "MoveService.transferOf", "MoveService.incomingTransfers",
                    "MoveService.openTransferAddress", "MoveService.acceptTransfer", "MoveService.refuseTransfer",
                    "CorrectionService.correctionsOf", "CorrectionService.openCorrection",
                    "CorrectionService.confirmCorrection", "CorrectionService.refuseCorrection",
                    "RenewalService.renewalOf", "RenewalService.planConversation", "RenewalService.recordConversation",
                    "RenewalService.renew", "LifecycleTasks."));

    static boolean reaches(String role, String method) {
        return FOR_EVERYONE.contains(method) || OWN.get(role).stream().anyMatch(own -> own.endsWith(".")
                ? method.startsWith(own) : method.equals(own));
    }

    @Test
    void a_worker_ggd_staff_and_an_officer_are_refused_every_service_method_not_meant_for_them() {
        List<String> reached = new ArrayList<>();
        int denied = 0;
        for (String role : List.of(Roles.WORKER, Roles.GGD, Roles.OFFICER, Roles.MUNICIPAL_ADMIN)) {
            for (Class<?> type : SERVICES) {
                for (Method m : publicMethods(type)) {
                    String name = type.getSimpleName() + "." + m.getName();
                    if (reaches(role, name)) {
                        continue;
                    }
                    accounts.signInAs(role, Roles.OFFICER.equals(role) || Roles.MUNICIPAL_ADMIN.equals(role)
                            ? "GM1690" : null);
                    Throwable thrown = call(type, m, 1L, "GM0106");
                    if (thrown instanceof AccessDeniedException) {
                        denied++;
                    } else {
                        reached.add(role + " -> " + name + " gave " + thrown);
                    }
                }
            }
        }
        assertThat(reached).as("reached without being refused").isEmpty();
        assertThat(denied).as("calls refused").isGreaterThan(100);
    }

    static final String SECRET = "Assen-geheim-" + java.util.UUID.randomUUID().toString().substring(0, 6);

    @Test
    void an_officer_of_another_municipality_finds_nothing_of_assen_through_any_officer_method() {
        long request = recognitionFixtures.submittedInAssen("Ana " + SECRET);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers().recordChecklist(request, new IntakeChecklist(true, true, true, true, true));
        String number = officers().recognise(request);
        officers().addNote(request, "notitie " + SECRET);
        OutreachService outreach = ctx.getBean(OutreachService.class);
        long visit = outreach.recordVisit(new NewVisit("Adres " + SECRET, LocalDateTime.now().minusHours(1), null,
                null, Outcome.INFORMED, LocalDate.now(), "notitie " + SECRET));
        outreach.recordAdvertisement(nl.erkenningsportaal.outreach.Platform.TIP, "advertentie " + SECRET,
                LocalDate.now(), LocalDate.now());
        SignalService signals = ctx.getBean(SignalService.class);
        long signal = signals.raise(new NewSignal(request, visit, Set.of(Indicator.FEAR), "signaal " + SECRET,
                Urgency.HIGH));
        long care = careRequestInAssen();
        long question = questionToAssen();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        Map<Class<?>, Long> assenIds = Map.of(OfficerRecognitionService.class, request, OutreachService.class, visit,
                SignalService.class, signal, ObjectionService.class, request, CorrectionService.class, request,
                RenewalService.class, request, LifecycleTasks.class, request, CareTaskService.class, care,
                QuestionTaskService.class, question, AccessRecoveryService.class, request);

        List<String> leaks = new ArrayList<>();
        int refused = 0;
        for (Class<?> type : List.of(OfficerRecognitionService.class, OutreachService.class, SignalService.class,
                ObjectionService.class, CorrectionService.class, RenewalService.class, LifecycleTasks.class,
                CareTaskService.class, QuestionTaskService.class, AccessRecoveryService.class)) {
            for (Method m : publicMethods(type)) {
                accounts.signInAs(Roles.OFFICER, "GM1690");
                Object[] result = new Object[1];
                Throwable thrown = call(type, m, assenIds.get(type), number, result);
                String name = type.getSimpleName() + "." + m.getName();
                boolean takesAnId = Arrays.stream(m.getParameterTypes()).anyMatch(p -> p == long.class);
                if (thrown instanceof AccessDeniedException
                        || thrown instanceof Refusal r && r.messageKey().equals("error.not-found")) {
                    refused++;
                } else if (thrown == null && !takesAnId) {
                    String shown = String.valueOf(result[0]);
                    if (shown.contains(SECRET) || shown.contains(number)) {
                        leaks.add(name + " showed " + shown);
                    }
                } else if (!(thrown instanceof Refusal) || takesAnId) {
                    leaks.add(name + " with Assen's id gave " + (thrown == null ? "success: " + result[0] : thrown));
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(refused).isGreaterThan(15);

        accounts.signInAs(Roles.OFFICER, "GM0106");
        var details = officers().details(request);
        assertThat(details.status()).isEqualTo(RequestStatus.RECOGNISED);
        assertThat(officers().openCorrespondence(request, RecognitionFixtures.INTAKE).notes()).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("notitie " + SECRET));
        assertThat(outreach.visit(visit).followUp()).isEqualTo(LocalDate.now());
        assertThat(outreach.visit(visit).requestId()).isNull();
        assertThat(signals.get(signal).status()).isEqualTo(CaseStatus.RAISED);
        assertThat(signals.get(signal).notes()).isEmpty();
    }

    // ---- assignment (issue 20): nothing goes to anyone outside the item's municipality (or region), whatever id

    @Test
    void no_request_follow_up_or_care_request_of_assen_goes_to_anyone_but_an_enabled_assen_officer_whatever_id() {
        long request = recognitionFixtures.submittedInAssen("Sara " + SECRET);
        long care = careRequestInAssen();
        SignedInUser anna = accounts.signInAs(Roles.OFFICER, "GM0106");
        OutreachService outreach = ctx.getBean(OutreachService.class);
        long visit = outreach.recordVisit(new NewVisit("Adres " + SECRET, LocalDateTime.now().minusHours(1), null,
                null, Outcome.INFORMED, LocalDate.now(), null));
        SignedInUser gone = accounts.create(Roles.OFFICER, "GM0106");
        accounts.signInAs(Roles.ADMIN, null);
        accountService.setEnabled(gone.id(), false);
        Map<String, Long> forged = new java.util.LinkedHashMap<>();
        forged.put("De Wolden's officer", accounts.create(Roles.OFFICER, "GM1690").id());
        forged.put("the GGD", accounts.create(Roles.GGD, null).id());
        forged.put("a coordinator", accounts.create(Roles.COORDINATOR, null).id());
        forged.put("Assen's municipal administrator", accounts.create(Roles.MUNICIPAL_ADMIN, "GM0106").id());
        forged.put("an administrator", accounts.create(Roles.ADMIN, null).id());
        forged.put("a worker", accounts.create(Roles.WORKER, null).id());
        forged.put("a disabled Assen officer", gone.id());
        forged.put("no account", Long.MAX_VALUE);

        OfficerRecognitionService officers = officers();
        CareTaskService tasks = ctx.getBean(CareTaskService.class);
        record Item(String what, java.util.function.LongConsumer assign,
                java.util.function.Supplier<@org.jspecify.annotations.Nullable Long> owner,
                java.util.function.Supplier<List<?>> history, java.util.function.Supplier<List<Long>> offered) {}
        List<Item> items = List.of(
                new Item("request", id -> officers.assign(request, id), () -> officers.assigneeOf(request).orElse(null),
                        () -> officers.assignmentHistory(request),
                        () -> officers.colleagues().stream().map(c -> c.id()).toList()),
                new Item("follow-up", id -> outreach.assignFollowUp(visit, id), () -> outreach.visit(visit).assigneeId(),
                        () -> outreach.followUpHistory(visit),
                        () -> outreach.colleagues().stream().map(c -> c.id()).toList()),
                new Item("care request", id -> tasks.assign(care, id), () -> tasks.assigneeOf(care).orElse(null),
                        () -> tasks.assignmentHistory(care),
                        () -> tasks.colleagues().stream().map(c -> c.id()).toList()));

        List<String> wrong = new ArrayList<>();
        for (Item item : items) {
            TestAccounts.signIn(anna);
            if (!item.offered().get().contains(anna.id())) {
                wrong.add(item.what() + ": anna is not offered");
            }
            for (Map.Entry<String, Long> f : forged.entrySet()) {
                TestAccounts.signIn(anna);
                if (item.offered().get().contains(f.getValue())) {
                    wrong.add(item.what() + ": " + f.getKey() + " is offered");
                }
                try {
                    item.assign().accept(f.getValue());
                    wrong.add(item.what() + ": given to " + f.getKey());
                } catch (Refusal r) {
                    if (!r.messageKey().endsWith(".error.not-a-colleague")) {
                        wrong.add(item.what() + " to " + f.getKey() + ": " + r.messageKey());
                    }
                }
            }
            // De Wolden's officer reaches nothing of it: not to herself, not to an Assen officer, not its history
            accounts.signInAs(Roles.OFFICER, "GM1690");
            for (long to : new long[] {forged.get("De Wolden's officer"), anna.id()}) {
                try {
                    item.assign().accept(to);
                    wrong.add(item.what() + ": De Wolden assigned it");
                } catch (Refusal r) {
                    if (!r.messageKey().equals("error.not-found")) {
                        wrong.add(item.what() + " by De Wolden: " + r.messageKey());
                    }
                }
            }
            try {
                wrong.add(item.what() + ": De Wolden read its history " + item.history().get());
            } catch (Refusal r) {
                assertThat(r.messageKey()).isEqualTo("error.not-found");
            }
            TestAccounts.signIn(anna);
            if (item.owner().get() != null || !item.history().get().isEmpty()) {
                wrong.add(item.what() + ": changed by a refused assignment");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void an_escalated_case_goes_only_to_an_enabled_coordinator_of_its_region_and_another_region_reaches_none_of_it() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        SignalService signals = ctx.getBean(SignalService.class);
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), "signaal " + SECRET,
                Urgency.HIGH));
        signals.escalate(signal);
        SignedInUser carla = accounts.create(Roles.COORDINATOR, null);
        SignedInUser gone = accounts.create(Roles.COORDINATOR, null);
        SignedInUser elsewhere = accounts.create(Roles.COORDINATOR, null, "GRONINGEN");
        accounts.signInAs(Roles.ADMIN, null);
        accountService.setEnabled(gone.id(), false);
        Map<String, Long> forged = new java.util.LinkedHashMap<>();
        forged.put("De Wolden's officer", accounts.create(Roles.OFFICER, "GM1690").id());
        forged.put("Assen's officer", accounts.create(Roles.OFFICER, "GM0106").id());
        forged.put("a coordinator of another region", elsewhere.id());
        forged.put("a disabled coordinator", gone.id());
        forged.put("the GGD", accounts.create(Roles.GGD, null).id());
        forged.put("no account", Long.MAX_VALUE);

        TestAccounts.signIn(carla);
        assertThat(signals.coordinators()).extracting(StaffMember::id).contains(carla.id())
                .doesNotContainAnyElementsOf(forged.values());
        for (Map.Entry<String, Long> f : forged.entrySet()) {
            assertThatThrownBy(() -> signals.assign(signal, f.getValue())).as(f.getKey())
                    .isInstanceOf(Refusal.class).hasMessage("signal.error.not-a-coordinator");
        }
        assertThat(signals.get(signal).assigneeId()).isNull();
        assertThat(signals.assignmentHistory(signal)).isEmpty();

        TestAccounts.signIn(elsewhere);
        assertThat(signals.cases(Whose.EVERYONE)).extracting(nl.erkenningsportaal.signal.SignalCase::id)
                .doesNotContain(signal);
        assertThat(signals.cases(Whose.UNASSIGNED)).extracting(nl.erkenningsportaal.signal.SignalCase::id)
                .doesNotContain(signal);
        assertThat(signals.coordinators()).extracting(StaffMember::id).containsExactly(elsewhere.id());
        assertThatThrownBy(() -> signals.assign(signal, elsewhere.id())).hasMessage("error.not-found");
        assertThatThrownBy(() -> signals.assign(signal, carla.id())).hasMessage("error.not-found");
        assertThatThrownBy(() -> signals.assignmentHistory(signal)).hasMessage("error.not-found");
        assertThatThrownBy(() -> signals.get(signal)).hasMessage("error.not-found");

        TestAccounts.signIn(carla);
        assertThat(signals.get(signal).assigneeId()).isNull();
        signals.assign(signal, carla.id());
        assertThat(signals.assignmentHistory(signal)).singleElement()
                .satisfies(c -> assertThat(c.assigneeId()).isEqualTo(carla.id()));
    }

    @Test
    void a_municipal_administrator_of_de_wolden_finds_nothing_of_assens_reason_catalogue_through_any_method() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
        ReasonCatalogueService reasons = ctx.getBean(ReasonCatalogueService.class);
        ReasonEntry assens = reasons.add("GM0106", new ReasonDraft(ReasonKind.DECLINE, "OTHER", "Reden " + SECRET,
                "Reason " + SECRET, false));
        try {
            int refused = 0;
            List<String> leaks = new ArrayList<>();
            for (Method m : publicMethods(ReasonCatalogueService.class)) {
                accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM1690");
                Object[] result = new Object[1];
                Throwable thrown = call(ReasonCatalogueService.class, m, assens.id(), "GM0106", result);
                if (thrown instanceof AccessDeniedException
                        || thrown instanceof Refusal r && r.messageKey().equals("error.not-found")) {
                    refused++;
                } else {
                    leaks.add(m.getName() + " gave " + (thrown == null ? "success: " + result[0] : thrown));
                }
            }
            assertThat(leaks).isEmpty();
            assertThat(refused).isEqualTo(publicMethods(ReasonCatalogueService.class).size());
            accounts.signInAs(Roles.OFFICER, "GM1690");
            assertThat(reasons.offered(ReasonKind.DECLINE)).extracting(ReasonEntry::id).doesNotContain(assens.id());
            accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
            assertThat(reasons.catalogue(ReasonKind.DECLINE, "GM0106")).extracting(l -> l.entry().id())
                    .contains(assens.id());
        } finally {
            accounts.signInAs(Roles.MUNICIPAL_ADMIN, "GM0106");
            reasons.archive(assens.id());
        }
    }

    /** A worker's request for exit support to Assen, with a note that holds the secret. */
    private long careRequestInAssen() {
        accounts.signInAs(Roles.WORKER, null);
        return ctx.getBean(WorkerCareService.class).ask(new NewCareRequest(CareTopic.EXIT, "GM0106", "nl",
                ContactMethod.PHONE, "0612345678", "notitie " + SECRET));
    }

    /** A question to Assen without an account, holding the secret. */
    private long questionToAssen() {
        var visitor = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        visitor.setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                "visitor", "anonymousUser",
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        org.springframework.security.core.context.SecurityContextHolder.setContext(visitor);
        String text = "vraag " + SECRET;
        ctx.getBean(QuestionService.class).ask(new NewQuestion("GM0106", text, "nl", ReplyMethod.NONE, null),
                new FormGuard(Instant.now().minusSeconds(60), ""), "198.51.100." + SECRET);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        QuestionTaskService team = ctx.getBean(QuestionTaskService.class);
        return team.questions(true).stream().filter(q -> team.open(q.id()).message().equals(text)).findFirst()
                .orElseThrow().id();
    }

    private OfficerRecognitionService officers() {
        return ctx.getBean(OfficerRecognitionService.class);
    }

    static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::toString)).toList();
    }

    private Throwable call(Class<?> type, Method m, long id, String text) {
        return call(type, m, id, text, new Object[1]);
    }

    /** Calls {@code m} on the service bean with harmless arguments; returns what it threw (null: it returned). */
    private Throwable call(Class<?> type, Method m, long id, String text, Object[] result) {
        Object bean = ctx.getBean(type);
        assertThat(AopUtils.isAopProxy(bean)).as(type + " is secured by a proxy").isTrue();
        Object[] args = Arrays.stream(m.getParameterTypes()).map(p -> dummy(p, id, text)).toArray();
        try {
            result[0] = m.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    static Object dummy(Class<?> p, long id, String text) {
        if (p == long.class || p == Long.class) {
            return id;
        }
        if (p == int.class || p == Integer.class) {
            return 1;
        }
        if (p == boolean.class || p == Boolean.class) {
            return false;
        }
        if (p == String.class || p == Object.class) {
            return text;
        }
        if (p == LocalDate.class) {
            return LocalDate.now();
        }
        if (p == LocalDateTime.class) {
            return LocalDateTime.now().plusDays(2).withNano(0);
        }
        if (p == LocalTime.class) {
            return LocalTime.of(10, 0);
        }
        if (p == Instant.class) {
            return Instant.now();
        }
        if (p == Locale.class) {
            return Locale.of("nl");
        }
        if (p == java.time.Duration.class) {
            return java.time.Duration.ofHours(2);
        }
        if (p.isEnum()) {
            return p.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(p)) {
            return Set.of();
        }
        if (List.class.isAssignableFrom(p) || Collection.class.isAssignableFrom(p)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(p)) {
            return Map.of();
        }
        if (p.isRecord()) {
            RecordComponent[] parts = p.getRecordComponents();
            try {
                return p.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new)).newInstance(Arrays.stream(parts)
                        .map(c -> dummy(c.getType(), id, text)).toArray());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot build a " + p, e);
            }
        }
        throw new AssertionError("no dummy for " + p + ": add one");
    }
}
