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
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
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
            InformationService.class, MunicipalityService.class,
            nl.erkenningsportaal.notification.StaffAlertService.class);

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
            // the audit trail's write path: no security of its own, it only joins the caller's transaction
            "AuditService.record");

    /** What each role may reach besides {@link #FOR_EVERYONE}: whole services ("Service.") or single methods. */
    static final Map<String, Set<String>> OWN = Map.of(
            Roles.WORKER, Set.of("WorkerRecognitionService.", "WorkerBookingService.", "MyDataService.",
                    "AccountService.eraseOwnWorkerAccount", "AuditService.aboutMyOwn"),
            Roles.GGD, Set.of("GgdConsultationService.", "StaffAlertService."),
            // a municipal administrator: her own municipality's staff; updateSettings for Assen is refused
            // (she is of De Wolden), so it is not listed here
            Roles.MUNICIPAL_ADMIN, Set.of("AccountService.staffAccounts", "AccountService.createStaffAccount",
                    "AccountService.setEnabled", "MunicipalityService.manageable"),
            Roles.OFFICER, Set.of("OfficerRecognitionService.", "OutreachService.", "SignalService.raise",
                    "StaffAlertService.",
                    "SignalService.escalate", "SignalService.signals", "SignalService.get", "SignalService.addNote"));

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
        Map<Class<?>, Long> assenIds = Map.of(OfficerRecognitionService.class, request, OutreachService.class, visit,
                SignalService.class, signal);

        List<String> leaks = new ArrayList<>();
        int refused = 0;
        for (Class<?> type : List.of(OfficerRecognitionService.class, OutreachService.class, SignalService.class)) {
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
