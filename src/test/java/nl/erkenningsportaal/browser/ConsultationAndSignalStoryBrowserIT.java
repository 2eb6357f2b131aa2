package nl.erkenningsportaal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.notification.SmtpInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The care-and-signal story in real Chromium, each person in a browser of their own: GGD staff set up a
 * consultation session; a worker switches the portal to English, confirms an e-mail address, books the session and
 * receives the confirmation mail with its calendar invitation at a real SMTP server, moves the appointment and gets
 * the moved invitation; GGD marks the worker attended; the Assen officer raises a signal and escalates it; the
 * regional coordinator sees it. axe-core checks the pages and dialogs on the way. Screenshots:
 * target/screenshots/care-*.png.
 */
class ConsultationAndSignalStoryBrowserIT extends BrowserTest {

    static final String STAFF_PASSWORD = "demo-portaal-2026";
    static final String PASSWORD = "een lang wachtwoord 2026";
    static final Locale DUTCH = Locale.of("nl");

    @Autowired
    ApplicationContext ctx;

    @Test
    void ggd_sets_up_a_session_a_worker_books_and_moves_it_in_english_and_a_signal_reaches_the_coordinator() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        // letters, digits and spaces only: it goes into regular expressions as it is (JavaScript's, which know no \Q)
        String place = "GGD Verhaal " + id;
        // tomorrow, but never a Monday: ConsultationFixtures.sessionNextWeek takes the last session of next week's
        // Monday as its own, and other tests book in it
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
        LocalDate day = tomorrow.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? tomorrow.plusDays(1) : tomorrow;

        // GGD staff set up a location and a session tomorrow, 13:00–16:00 in half hours, for Assen
        Page ggd = page;
        login("ggd", STAFF_PASSWORD);
        open("ggd");
        button("Nieuwe locatie").click();
        Locator dialog = openDialog();
        dialog.getByLabel("Naam van de locatie").fill(place);
        dialog.getByLabel("Adres").fill("Stationsstraat 1, Assen");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        button("Nieuwe reeks spreekuren").click();
        dialog.waitFor(ATTACHED);
        Locator location = dialog.getByLabel("Locatie", new Locator.GetByLabelOptions().setExact(true));
        location.fill(place);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(place)).click();
        dialog.getByLabel("Dag van de week").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                .setName(day.getDayOfWeek().getDisplayName(TextStyle.FULL, DUTCH)).setExact(true)).click();
        dialog.getByLabel("Eerste datum").fill(dutch(day));
        dialog.getByLabel("Eerste datum").press("Enter");
        dialog.getByLabel("Laatste datum").fill(dutch(day));
        dialog.getByLabel("Laatste datum").press("Enter");
        dialog.getByLabel("Assen").check();
        screenshot("care-1-ggd-new-series");
        assertAccessible("the GGD's new series dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(place)).first().waitFor();
        screenshot("care-2-ggd-sessions");

        // the worker signs up, turns the portal English and confirms an e-mail address
        BrowserContext workerBrowser = newBrowser();
        Page worker = page = workerBrowser.newPage();
        String username = "care-" + id;
        String email = username + "@example.org";
        signUp(username, PASSWORD);
        login(username, PASSWORD);
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Taal")).selectOption("en");
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        settle();
        open("mijn-e-mail");
        page.getByLabel("E-mail address").fill(email);
        button("Save and confirm").click();
        page.getByText("We have sent a link").waitFor();
        String link = find(Pattern.compile("/e-mail-bevestigen/[A-Za-z0-9_-]+"), awaitMail(email,
                "the confirmation link", m -> m.text().contains("/e-mail-bevestigen/")).text());
        open(link.substring(1));
        screenshot("care-3-worker-email-confirmed");
        assertAccessible("the e-mail confirmation page in English");

        // ... books tomorrow's first half hour at the new place
        open("spreekuur");
        assertThat(page.locator("h1").first().innerText()).isEqualTo("Free consultation of the GGD");
        screenshot("care-4-worker-sessions");
        // coming sessions fold, six at a time; the first is open: find the one at the new place and open it
        Locator session = page.locator("details.portal-session").filter(new Locator.FilterOptions()
                .setHasText(place)).first();
        Locator more = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Show more consultations")));
        Locator sessions = page.locator("details.portal-session");
        while (session.count() == 0 && more.count() > 0) {
            int shown = sessions.count();
            more.click();
            page.waitForCondition(() -> sessions.count() > shown);
        }
        if (session.getAttribute("open") == null) {
            session.locator("summary").click();
        }
        // English times read 1:00 PM; the button's name holds day and place
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Book (1:00.PM|13:00).*" + place))).click();
        dialog = openDialog();
        assertThat(dialog.getByLabel("In which language would you like to be helped?").innerText()).contains("English");
        screenshot("care-5-worker-booking-dialog");
        assertAccessible("the booking dialog in English");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book").setExact(true)).click();
        page.getByText("Your appointment is booked.").waitFor();
        String code = find(Pattern.compile("Booking code: ([A-Z0-9]+)"), page.locator("main").innerText())
                .substring("Booking code: ".length());
        screenshot("care-6-worker-booked");
        assertAccessible("the booking page with an appointment, in English");

        // ... and receives a discreet mail in English with a calendar invitation
        SmtpInbox.Received confirmation = awaitMail(email, "the booking's invitation",
                m -> m.calendars().stream().anyMatch(c -> c.contains(start(day, "130000"))));
        assertThat(confirmation.subject()).isNotBlank().doesNotContainIgnoringCase("sex").doesNotContain(code);
        assertThat(confirmation.text()).doesNotContainIgnoringCase("sekswerk").doesNotContainIgnoringCase("sex work");
        assertThat(confirmation.calendars()).hasSize(1);
        String invitation = confirmation.calendars().getFirst();
        assertThat(invitation).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", place, start(day, "130000"));
        System.out.println("care story: confirmation mail '" + confirmation.subject() + "' with a calendar of "
                + invitation.length() + " characters");

        // ... moves it to half past one and gets the moved invitation
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Move ")))
                .first().click();
        dialog.waitFor(ATTACHED);
        screenshot("care-7-worker-move-dialog");
        assertAccessible("the move dialog in English");
        dialog.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("(1:30.PM|13:30).*" + place))).click();
        page.getByText("Your appointment has been moved.").waitFor();
        screenshot("care-8-worker-moved");
        SmtpInbox.Received moved = awaitMail(email, "the moved invitation",
                m -> m.calendars().stream().anyMatch(c -> c.contains(start(day, "133000"))));
        assertThat(moved.calendars()).hasSize(1);
        // the same event (its UID), moved: a calendar app updates the appointment instead of adding a second
        assertThat(moved.calendars().getFirst()).contains(place, start(day, "133000"), uid(invitation))
                .doesNotContain("SEQUENCE:0");

        // GGD opens the session (still in their own browser) and marks the worker attended
        page = ggd;
        open("ggd");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(place)).first().click();
        page.waitForURL(u -> u.contains("ggd/sessie/"));
        settle();
        assertThat(page.locator("main").innerText()).contains(code).doesNotContain(username);
        button("Geweest " + code).click();
        // the status column reads "Geweest" (the buttons' cell holds both actions)
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Geweest$"))).first().waitFor();
        screenshot("care-9-ggd-attended");
        assertAccessible("the GGD's day view after attendance");

        // the Assen officer raises a signal and escalates it
        BrowserContext officerBrowser = newBrowser();
        page = officerBrowser.newPage();
        login("handhaver.assen", STAFF_PASSWORD);
        open("signalen");
        button("Signaal melden").click();
        dialog = openDialog();
        dialog.getByLabel("Heeft eigen identiteitspapieren niet zelf").check();
        dialog.getByLabel("Moet verdiensten afgeven").check();
        dialog.getByLabel("Toelichting")
                .fill("Tijdens het bezoek voerde een ander het woord. " + id);
        screenshot("care-10-officer-raise");
        assertAccessible("the raise-a-signal dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Signaal melden")).click();
        page.waitForURL(u -> u.contains("signalen/signaal/"));
        settle();
        String signal = page.url().substring(page.url().lastIndexOf('/') + 1);
        button("Doorsturen naar de ketenregisseur").click();
        page.getByText("Nieuw bij de ketenregisseur").first().waitFor();
        screenshot("care-11-officer-escalated");
        assertAccessible("the escalated signal, for the officer");

        // the regional coordinator sees the escalated signal
        BrowserContext coordinatorBrowser = newBrowser();
        page = coordinatorBrowser.newPage();
        login("ketenregisseur", STAFF_PASSWORD);
        open("signalen");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("#" + signal))
                .first().click();
        page.waitForURL(u -> u.endsWith("signalen/signaal/" + signal));
        settle();
        assertThat(page.locator("main").innerText()).contains("Heeft eigen identiteitspapieren niet zelf",
                "Moet verdiensten afgeven", id);
        screenshot("care-12-coordinator-signal");
        assertAccessible("the signal, for the coordinator");

        page = worker;
        for (BrowserContext other : List.of(workerBrowser, officerBrowser, coordinatorBrowser)) {
            other.close();
        }
    }

    private BrowserContext newBrowser() {
        BrowserContext other = browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 900));
        other.setDefaultTimeout(20_000);
        return other;
    }

    /** Sends the due mail and waits until {@code address} has received a mail that matches. */
    private SmtpInbox.Received awaitMail(String address, String what, Predicate<SmtpInbox.Received> matches) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<SmtpInbox.Received> mails = SmtpInbox.sendAndRead(ctx, address);
            var found = mails.stream().filter(matches).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(System.nanoTime()).as(what + " to arrive; received: "
                    + mails.stream().map(SmtpInbox.Received::subject).toList()).isLessThan(end);
            page.waitForTimeout(250);
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m.group();
    }

    private static String dutch(LocalDate date) {
        return date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }

    /** The start line of a calendar event on {@code date} at {@code time} (HHmmss), Dutch time. */
    private static String start(LocalDate date, String time) {
        return "DTSTART;TZID=Europe/Amsterdam:" + date.toString().replace("-", "") + "T" + time;
    }

    private static String uid(String calendar) {
        return find(Pattern.compile("UID:\\S+"), calendar);
    }

    static final Locator.WaitForOptions ATTACHED = new Locator.WaitForOptions()
            .setState(WaitForSelectorState.ATTACHED);

}
