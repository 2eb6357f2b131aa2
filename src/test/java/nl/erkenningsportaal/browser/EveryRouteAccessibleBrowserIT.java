package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.contact.CareTopic;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.FormGuard;
import nl.erkenningsportaal.contact.NewCareRequest;
import nl.erkenningsportaal.contact.NewQuestion;
import nl.erkenningsportaal.contact.QuestionService;
import nl.erkenningsportaal.contact.ReplyMethod;
import nl.erkenningsportaal.contact.WorkerCareService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * axe-core (WCAG 2.0/2.1 A and AA) and the heading structure (one h1, first, no level skipped) over every route,
 * as every role that may enter it, and over the not-found and access-denied pages. The routes come from the
 * {@code @Route} classes themselves, so a new view is checked without anyone remembering to add it; a view with a
 * URL parameter needs an entry in {@link #parameters()}, and {@link #every_route_with_a_parameter_has_test_data()}
 * fails until it has one. The routes are opened as a router link does, so the app and axe-core load once per role
 * (63 pages in about a minute). A page with a violation is saved as target/screenshots/route-ROLE-PATH.png.
 */
class EveryRouteAccessibleBrowserIT extends BrowserTest {

    static final String PASSWORD = "demo-portaal-2026";
    static final String ANONYMOUS = "ANONYMOUS";

    /** The demo account that plays each role (see README.md). */
    static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put(ANONYMOUS, "");
        DEMO_USERS.put(Roles.WORKER, "werker");
        DEMO_USERS.put(Roles.OFFICER, "handhaver.assen");
        DEMO_USERS.put(Roles.GGD, "ggd");
        DEMO_USERS.put(Roles.COORDINATOR, "ketenregisseur");
        DEMO_USERS.put(Roles.ADMIN, "beheerder");
        DEMO_USERS.put(Roles.POLICY, "beleid");
        DEMO_USERS.put(Roles.MUNICIPAL_ADMIN, "beheerder.dewolden");
    }

    /** The error pages, which are no routes: an unknown address, and a page the worker may not enter. */
    static final Map<String, List<String>> ERROR_PAGES = Map.of(ANONYMOUS, List.of("bestaat/niet"),
            Roles.WORKER, List.of("handhaving"));

    @Autowired
    RecognitionFixtures recognitions;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    SignalService signals;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** Every class with {@code @Route} in the application, also those registered at run time (demo only). */
    static List<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("nl.erkenningsportaal").stream().map(bd -> {
            try {
                return (Class<?>) Class.forName(bd.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).sorted(Comparator.comparing(Class::getName)).collect(Collectors.toList());
    }

    /**
     * The parameters to open a parameterised route with, created in the database as the test starts: a request in
     * Assen, a GGD session with a booking, an escalated signal of Assen, published information pages, and a (spent)
     * token for the mail links. Only the routes with a URL parameter belong here.
     */
    Map<String, Supplier<List<String>>> parameters() {
        Map<String, Supplier<List<String>>> parameters = new LinkedHashMap<>();
        parameters.put("RequestView", () -> List.of(String.valueOf(recognitions.submittedInAssen("Toegankelijk Persoon"))));
        parameters.put("GgdDayView", () -> List.of(String.valueOf(sessionWithABooking())));
        parameters.put("DoorLetterView", () -> List.of(String.valueOf(registeredAtTheDoor())));
        parameters.put("SignalView", () -> List.of(String.valueOf(escalatedSignal())));
        parameters.put("InformationPageView", () -> jdbc.queryForList("SELECT MIN(slug) FROM information_page "
                + "WHERE slug NOT IN ('privacy', 'toegankelijkheid') GROUP BY audience ORDER BY audience", String.class));
        parameters.put("ConfirmEmailView", () -> List.of("link-niet-meer-geldig"));
        parameters.put("ResetPasswordView", () -> List.of("link-niet-meer-geldig"));
        parameters.put("AnswerView", () -> List.of("link-niet-meer-geldig"));
        parameters.put("CareTaskView", () -> List.of(String.valueOf(careRequestInAssen())));
        parameters.put("QuestionTaskView", () -> List.of(String.valueOf(questionInAssen())));
        return parameters;
    }

    @Autowired
    WorkerCareService care;

    @Autowired
    QuestionService questions;

    /** A worker's request for exit support, to the officers of Assen (issue 19). */
    long careRequestInAssen() {
        recognitions.signedInWorker();
        long id = care.ask(new NewCareRequest(CareTopic.EXIT, "GM0106", "nl", ContactMethod.PHONE, "06 12345678",
                "Liefst overdag"));
        TestAccounts.signOut();
        return id;
    }

    /** A question without an account to Assen's outreach team, with a phone number for the answer (issue 19). */
    long questionInAssen() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        String text = "Toegankelijke vraag " + UUID.randomUUID();
        questions.ask(new NewQuestion("GM0106", text, "nl", ReplyMethod.PHONE, "06 12345678"),
                new FormGuard(Instant.now().minusSeconds(60), ""), "192.0.2.77");
        TestAccounts.signOut();
        return jdbc.queryForObject("SELECT MAX(id) FROM contact_question WHERE municipality_id = 'GM0106'", Long.class);
    }

    long sessionWithABooking() {
        SessionSummary session = consultations.sessionNextWeek(2);
        long slot = consultations.firstSlot(session);
        recognitions.signedInWorker();
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signOut();
        return session.id();
    }

    @Autowired
    nl.erkenningsportaal.recognition.OfficerRecognitionService officers;

    /** A worker registered at the door in Assen, with her consent (the letter page offers a new letter). */
    long registeredAtTheDoor() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long id = officers.registerAtDoor(new nl.erkenningsportaal.recognition.DoorRegistration(
                RecognitionFixtures.identity("Toegankelijk Aan De Deur", "9401 AB"),
                new nl.erkenningsportaal.recognition.IntakeChecklist(true, true, true, true, true),
                RecognitionFixtures.consentAtDoor(recognitions.privacyStatementVersion()))).requestId();
        TestAccounts.signOut();
        return id;
    }

    long escalatedSignal() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        long id = signals.raise(new NewSignal(null, null, Set.of(Indicator.values()[0]), "Toegankelijkheidstest",
                Urgency.values()[0]));
        signals.escalate(id);
        TestAccounts.signOut();
        return id;
    }

    static String path(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }

    static boolean mayEnter(Class<?> view, String role) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (ANONYMOUS.equals(role)) {
            return false;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        return view.isAnnotationPresent(RolesAllowed.class)
                && List.of(view.getAnnotation(RolesAllowed.class).value()).contains(role);
    }

    /**
     * Whether the check opens {@code view} as {@code role}: every route a role may enter, except that the public
     * pages (open to anyone) are checked for the visitor and the worker they are written for, and for staff only the
     * start page: signed in, they differ from the visitor's only by the menu, which each role's own pages check.
     */
    static boolean checks(Class<?> view, String role) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return ANONYMOUS.equals(role) || Roles.WORKER.equals(role) || path(view).isEmpty();
        }
        return mayEnter(view, role);
    }


    /**
     * Opens a route the way a router link does (no page load: the app stays loaded, and so does axe-core), and waits
     * until the URL is the route's and Vaadin's client has nothing left to do.
     */
    void openInApp(String path) {
        String idle = "window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && document.querySelector('vaadin-app-layout')";
        if (page.url().startsWith(url(""))) {
            page.evaluate("path => { const a = document.createElement('a'); a.href = path;"
                    + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click(); a.remove(); }",
                    "/" + path);
            try {
                page.waitForFunction("path => decodeURI(location.pathname) === path && " + idle, "/" + path,
                        new Page.WaitForFunctionOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError forwarded) {
                // the view forwarded elsewhere (or the link was not taken): load it as a browser would
            }
        }
        page.navigate(url(path));
        page.waitForFunction("() => " + idle);
    }

    /** axe-core's WCAG 2.1 A/AA violations (axe-core stays loaded while the app does) and the headings' order. */
    @SuppressWarnings("unchecked")
    List<String> violationsHere() {
        List<String> found = accessibilityViolations();
        found.addAll((List<String>) page.evaluate(HEADINGS));
        return found;
    }

    /**
     * Headings (WCAG 1.3.1, 2.4.6; axe-core's heading-order is not a WCAG rule): the page has one h1, it comes
     * first, and no level is skipped on the way down.
     */
    static final String HEADINGS = """
            () => {
              const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                .filter(h => h.offsetParent !== null).map(h => Number(h.localName.substring(1)));
              const found = [];
              if (levels.filter(l => l === 1).length !== 1 || levels[0] !== 1) {
                found.push('headings: one h1, first, expected: ' + JSON.stringify(levels));
              }
              for (let i = 1; i < levels.length; i++) {
                if (levels[i] > levels[i - 1] + 1) {
                  found.push('headings: h' + levels[i - 1] + ' followed by h' + levels[i] + ' in '
                    + JSON.stringify(levels));
                  break;
                }
              }
              return found;
            }""";

    @Test
    void every_route_with_a_parameter_has_test_data() {
        Set<String> known = parameters().keySet();
        List<String> missing = routeClasses().stream().filter(HasUrlParameter.class::isAssignableFrom)
                .map(Class::getSimpleName).filter(name -> !known.contains(name)).toList();
        assertThat(missing).as("routes with a URL parameter that this test cannot open: add them to parameters()")
                .isEmpty();
        List<String> stale = known.stream().filter(name -> routeClasses().stream()
                .noneMatch(c -> c.getSimpleName().equals(name))).toList();
        assertThat(stale).as("parameters for routes that no longer exist").isEmpty();
        assertThat(routeClasses()).as("every route is entered by at least one role")
                .allMatch(view -> DEMO_USERS.keySet().stream().anyMatch(role -> mayEnter(view, role)));
    }

    @Test
    void every_route_of_every_role_has_no_wcag_2_1_aa_violations() {
        List<Class<?>> views = routeClasses();
        assertThat(views).hasSizeGreaterThanOrEqualTo(30);
        Map<String, Supplier<List<String>>> parameters = parameters();
        Map<Class<?>, List<String>> paths = new LinkedHashMap<>();
        for (Class<?> view : views) {
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                paths.put(view, parameters.get(view.getSimpleName()).get().stream()
                        .map(p -> path(view) + "/" + p).toList());
            } else {
                paths.put(view, List.of(path(view)));
            }
        }

        List<String> findings = new ArrayList<>();
        int checked = 0;
        long openMs = 0;
        long axeMs = 0;
        for (String role : DEMO_USERS.keySet()) {
            context.clearCookies();
            if (!ANONYMOUS.equals(role)) {
                login(DEMO_USERS.get(role), PASSWORD);
            }
            List<String> pathsOfRole = new ArrayList<>();
            paths.forEach((view, p) -> {
                if (checks(view, role)) {
                    pathsOfRole.addAll(p);
                }
            });
            pathsOfRole.addAll(ERROR_PAGES.getOrDefault(role, List.of()));
            for (String path : pathsOfRole) {
                long t0 = System.nanoTime();
                openInApp(path);
                long t1 = System.nanoTime();
                checked++;
                List<String> violations = violationsHere();
                long t2 = System.nanoTime();
                openMs += (t1 - t0) / 1_000_000;
                axeMs += (t2 - t1) / 1_000_000;
                if (!violations.isEmpty()) {
                    screenshot("route-" + role.toLowerCase() + "-" + (path.isEmpty() ? "start"
                            : path.replaceAll("[^a-z0-9-]+", "_")));
                }
                for (String violation : violations) {
                    findings.add(role + " /" + path + " — " + violation);
                }
            }
        }
        System.out.println("axe-core checked " + checked + " pages (route x role): opening " + openMs + " ms, axe "
                + axeMs + " ms");
        assertThat(findings).as("WCAG 2.1 A/AA violations found by axe-core, and headings out of order").isEmpty();
    }
}
