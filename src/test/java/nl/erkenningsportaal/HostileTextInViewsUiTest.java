package nl.erkenningsportaal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.erkenningsportaal.HostileInput.XSS;
import static nl.erkenningsportaal.HostileInput.XSS_LINE;
import static nl.erkenningsportaal.HostileInput.assertNoMarkupFromInput;
import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.municipality.MunicipalitySettings;
import nl.erkenningsportaal.outreach.NewVisit;
import nl.erkenningsportaal.outreach.Outcome;
import nl.erkenningsportaal.outreach.OutreachService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.DeclineReason;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The attack suite of issue 8, browser side: script and markup typed into a free-text field are shown as the very
 * characters typed, in every module that shows free text, and never reach the page as markup.
 */
class HostileTextInViewsUiTest extends KaribuTest {

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
    OutreachService outreach;

    @Autowired
    SignalService signals;

    @Autowired
    MunicipalityService municipalities;

    static void assertShownLiterally(String... texts) {
        assertShownIn(shownText(), texts);
        assertNoMarkupFromInput();
    }

    private static void assertShownIn(String shown, String... texts) {
        for (String t : texts) {
            assertThat(shown).as("shown as typed").contains(t);
        }
    }

    @Test
    void the_check_itself_notices_a_payload_that_reaches_the_page_as_markup() {
        Html html = new Html("<div>" + XSS.get(1) + "</div>");
        UI.getCurrent().add(html);
        assertThatThrownBy(HostileInput::assertNoMarkupFromInput).isInstanceOf(AssertionError.class);
        UI.getCurrent().remove(html);
        HostileInput.assertNoMarkupFromInput();
        // the same payloads escaped into markup are text: shown as typed, no element or attribute of their own
        Html escaped = new Html("<div><p>" + HtmlUtils.htmlEscape(XSS_LINE)
                + "</p><vaadin-button aria-label=\"" + HtmlUtils.htmlEscape(XSS_LINE)
                + "\">x</vaadin-button></div>");
        UI.getCurrent().add(escaped);
        assertShownLiterally(XSS_LINE);
        UI.getCurrent().remove(escaped);
        // Vaadin itself refuses new Anchor("javascript:..."); only the explicit unsafe setter gets it through
        var anchor = new com.vaadin.flow.component.html.Anchor();
        anchor.setUnsafeHref(XSS.get(3));
        UI.getCurrent().add(anchor);
        assertThatThrownBy(HostileInput::assertNoMarkupFromInput).isInstanceOf(AssertionError.class);
    }

    @Test
    void script_in_a_request_is_shown_as_text_to_the_officer_and_the_worker() {
        var worker = recognitionFixtures.signedInWorker();
        long id = workers.submit(new NewRequest(new Identity("Ana " + XSS_LINE, LocalDate.of(1990, 1, 1), "CO",
                XSS_LINE, "7", null, "9401 AB", XSS.get(1), null, XSS.get(2), List.of("es"), ContactPreference.PORTAL),
                null));
        workers.sendMessage("Vraag " + XSS_LINE);
        var officer = accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.addNote(id, "Notitie " + XSS_LINE);
        officers.sendMessage(id, "Antwoord " + XSS_LINE);

        login(worker);
        UI.getCurrent().navigate("mijn-aanvraag");
        assertShownLiterally("Vraag " + XSS_LINE, "Antwoord " + XSS_LINE);

        TestAccounts.signIn(officer);
        officers.decline(id, DeclineReason.NO_INTAKE_POSSIBLE, "Uitleg " + XSS_LINE);
        login(officer);
        UI.getCurrent().navigate("handhaving/aanvraag/" + id);
        _setValue(_get(Select.class, s -> s.withLabel("Reden")), AccessReason.CORRECTION);
        _click(_get(Button.class, s -> s.withText("Identiteit openen")));
        _click(_get(Button.class, s -> s.withText("Berichten en notities openen")));
        assertShownLiterally("Ana " + XSS_LINE, XSS_LINE + " 7, 9401 AB " + XSS.get(1), XSS.get(2),
                "Vraag " + XSS_LINE, "Antwoord " + XSS_LINE, "Notitie " + XSS_LINE, "Uitleg " + XSS_LINE);

        login(worker);
        UI.getCurrent().navigate("mijn-aanvraag");
        assertShownLiterally("Uitleg " + XSS_LINE);
    }

    @Test
    void script_in_a_location_a_work_name_and_a_cancel_message_is_shown_as_text_to_ggd_staff() {
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        long location = ggd.createLocation("GGD " + XSS.get(0), "Straat " + XSS.get(1), "Lift " + XSS.get(2));
        LocalDate monday = LocalDate.now().plusWeeks(4).with(DayOfWeek.MONDAY);
        ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(16, 0), 60, 2,
                monday, monday, Set.of("GM0106")));
        var session = ggd.sessions(monday, monday).stream().filter(s -> s.locationName().equals("GGD " + XSS.get(0)))
                .findFirst().orElseThrow();
        long slot = ggd.day(session.id()).slots().getFirst().slot().id();
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        bookings.book(new BookingRequest(slot, "GM0106", "pt", false, null, XSS.get(3)));

        login(Roles.GGD);
        UI.getCurrent().navigate("ggd/sessie/" + session.id());
        assertShownLiterally("GGD " + XSS.get(0) + ", Straat " + XSS.get(1), XSS.get(3));
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.cancelSession(session.id(), "Vervalt " + XSS_LINE);
        UI.getCurrent().navigate("ggd/sessie/" + session.id());
        assertShownLiterally("Vervalt " + XSS_LINE);
    }

    @Test
    void script_in_a_location_is_shown_as_text_to_a_worker_booking_the_consultation() {
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        String name = "GGD " + XSS.get(1);
        long location = ggd.createLocation(name, "Straat " + XSS.get(2), "Lift " + XSS.get(0));
        LocalDate day = LocalDate.now().plusDays(2);
        ggd.createSeries(new NewSeries(location, day.getDayOfWeek(), LocalTime.of(15, 0), LocalTime.of(16, 0), 60, 2,
                day, day, Set.of("GM0106")));

        login(Roles.WORKER);
        UI.getCurrent().navigate("spreekuur");
        // the coming sessions show six at a time: ask for more until the hostile one is there, then open it
        NativeDetails session = hostileSession(name);
        for (int i = 0; session == null && i < 100; i++) {
            Button more = _find(Button.class).stream().filter(b -> b.getText().startsWith("Meer spreekuren"))
                    .findFirst().orElseThrow(() -> new AssertionError("the hostile session is not on the page"));
            _click(more);
            session = hostileSession(name);
        }
        assertThat(session).as("a coming session that shows the location's name as typed").isNotNull();
        if (!session.isOpen()) {
            toggleInBrowser(session);
        }
        assertShownLiterally(name, "Straat " + XSS.get(2) + " (Lift " + XSS.get(0) + ")");
        // a time's accessible name carries the place too, as typed
        assertThat(_find(session, Button.class).stream().map(b -> b.getAriaLabel().orElse("")))
                .anySatisfy(label -> assertThat(label).startsWith("Afspraak maken 15:00–16:00 — ").endsWith(name));
    }

    /** The coming session at the hostile location, if the booking page shows it. */
    private static @Nullable NativeDetails hostileSession(String name) {
        return _find(NativeDetails.class).stream().filter(s -> s.getSummaryText().endsWith(name)).findFirst()
                .orElse(null);
    }

    @Test
    void script_in_a_visit_address_and_a_signal_is_shown_as_text_to_the_officer_and_the_coordinator() {
        var officer = login(Roles.OFFICER, "GM0106");
        TestAccounts.signIn(officer);
        outreach.recordVisit(new NewVisit("Adres " + XSS_LINE, LocalDateTime.now().minusHours(1), null, "pt",
                Outcome.INFORMED, null, "Notitie " + XSS_LINE));
        long signal = signals.raise(new NewSignal(null, null, Set.of(Indicator.FEAR), "Beschrijving " + XSS_LINE,
                Urgency.MEDIUM));
        signals.addNote(signal, "Notitie " + XSS_LINE);
        UI.getCurrent().navigate("handhaving/outreach");
        assertShownLiterally("Adres " + XSS_LINE);
        UI.getCurrent().navigate("signalen/signaal/" + signal);
        assertShownLiterally("Beschrijving " + XSS_LINE, "Notitie " + XSS_LINE);

        signals.escalate(signal);
        login(Roles.COORDINATOR);
        UI.getCurrent().navigate("signalen/signaal/" + signal);
        assertShownLiterally("Beschrijving " + XSS_LINE, "Notitie " + XSS_LINE);
    }

    @Test
    void script_in_a_mail_sender_name_is_shown_as_text_to_the_administrator() {
        var admin = login(Roles.ADMIN);
        TestAccounts.signIn(admin);
        MunicipalitySettings assen = municipalities.find("GM0106").orElseThrow().settings();
        try {
            municipalities.updateSettings("GM0106", new MunicipalitySettings(
                    assen.recognitionValidityMonths(), assen.reminderDaysBefore(), XSS.get(1)));
            UI.getCurrent().navigate("beheer/gemeenten");
            assertShownLiterally(XSS.get(1));
        } finally {
            TestAccounts.signIn(admin);
            municipalities.updateSettings("GM0106", assen);
        }
    }
}
