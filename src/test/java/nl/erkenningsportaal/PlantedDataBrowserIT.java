package nl.erkenningsportaal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.browser.BrowserTest;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.EmbeddedDatabaseSettings;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.TestDatabase;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the browser stories leave behind. A worker with planted, unmistakable personal data signs up and requests
 * recognition in Chromium; the Assen officer opens her identity and recognises her in Chromium; she gives an e-mail
 * address, writes a message, books the GGD under her work name; the officer writes a note and raises a signal that
 * the coordinator opens; mail goes out. Then: no log line of any thread, at any level the portal logs (its own code
 * at DEBUG), holds a planted value ({@link NoPersonalDataInLogsTest} does the same through the services alone); and a
 * {@code mariadb-dump} of the whole test database holds none of them in plain text.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlantedDataBrowserIT extends BrowserTest {

    static final String TAG = UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
    static final String LEGAL_NAME = "Qorvanne Plantnaam" + TAG;
    static final String WORK_NAME = "Plantwerknaam" + TAG;
    static final String STREET = "Plantstraat" + TAG;
    static final String PHONE = "+31 6 4817 " + (1000 + Math.floorMod(TAG.hashCode(), 9000));
    static final String EMAIL = "qorvanne.plant" + TAG.toLowerCase(Locale.ROOT) + "@example.org";
    static final String PASSWORD = "een lang wachtwoord 2026";
    static final Path DUMP = Path.of("target/planted-data/portal-dump.sql");

    private static final List<String> logLines = new ArrayList<>();
    private static String number = "";

    @Autowired
    AccountService accountService;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    ConsultationFixtures consultation;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    SignalService signals;

    @Autowired
    EmailAddressService emails;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext ctx;

    static List<String> planted() {
        return List.of(LEGAL_NAME, "Qorvanne", WORK_NAME, STREET, PHONE, PHONE.replace(" ", ""), EMAIL);
    }

    @Test
    @Order(1)
    void the_stories_run_with_planted_personal_data() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger portal = (Logger) LoggerFactory.getLogger("nl.erkenningsportaal");
        Level portalLevel = portal.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        portal.setLevel(Level.DEBUG);
        try {
            LoggerFactory.getLogger(PlantedDataBrowserIT.class).info("log scan probe");
            String username = "plant-" + UUID.randomUUID().toString().substring(0, 6);

            // the worker, in Chromium
            signUp(username, PASSWORD);
            login(username, PASSWORD);
            open("mijn-aanvraag");
            page.getByLabel("Naam zoals in uw paspoort of identiteitskaart").fill(LEGAL_NAME);
            page.getByLabel("Geboortedatum").fill("3-2-1991");
            page.getByLabel("Geboortedatum").press("Enter");
            pick("Nationaliteit", "Polen");
            pick("Talen die u spreekt", "Pools");
            page.getByLabel("Straat van het werkadres").fill(STREET);
            page.getByLabel("Huisnummer").fill("77");
            page.getByLabel("Postcode").fill("9401 AB");
            page.getByLabel("Plaats").fill("Assen");
            page.getByLabel("Telefoonnummer").fill(PHONE);
            page.getByLabel("Werknaam").fill(WORK_NAME);
            page.getByLabel("Werknaam").press("Tab");
            settle();
            button("Aanvraag versturen").click();
            page.getByText("Uw aanvraag is binnen").waitFor();
            button("Uitloggen").click();
            page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
            settle();
            long request = jdbc.queryForObject("SELECT r.id FROM recognition_request r JOIN user_account a ON "
                    + "a.id = r.worker_account_id WHERE a.username = ?", Long.class, username);
            long workerId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class,
                    username);

            // the officer of Assen, in Chromium: opens the identity and recognises
            login("handhaver.assen", "demo-portaal-2026");
            open("handhaving/aanvraag/" + request);
            chooseReason("Intakegesprek");
            button("Identiteit openen").click();
            page.getByText(LEGAL_NAME).first().waitFor();
            button("Gesprek vastleggen").click();
            for (String item : new String[] {"De regels zijn uitgelegd", "Verteld over de zorg van de GGD",
                    "Identiteitsbewijs gecontroleerd", "Werkt vrijwillig", "Zorg of een uitstapprogramma aangeboden"}) {
                page.getByLabel(item).check();
            }
            button("Opslaan").click();
            page.getByText("Werkt vrijwillig: Ja").waitFor();
            button("Erkennen").click();
            page.getByText("Erkenningsnummer", new com.microsoft.playwright.Page.GetByTextOptions().setExact(false))
                    .first().waitFor();
            button("Uitloggen").click();
            page.waitForURL(u -> u.endsWith("/") || u.contains("login"));
            settle();

            // the worker sees her number, in Chromium
            login(username, PASSWORD);
            open("mijn-aanvraag");
            number = page.locator(".portal-secret").first().innerText().strip();
            assertThat(RecognitionNumber.parse(number)).isPresent();

            // what the other stories do, through the services (the booking page is being rebuilt)
            SignedInUser worker = new SignedInUser(workerId, username, Roles.WORKER, null, null);
            TestAccounts.signIn(worker);
            emails.changeMyEmail(EMAIL);
            workers.sendMessage("Ik ben " + LEGAL_NAME + ", bel me op " + PHONE);
            long slot = consultation.firstSlot(consultation.sessionNextWeek(2));
            TestAccounts.signIn(worker);
            bookings.book(new BookingRequest(slot, "GM0106", "pl", true, null, WORK_NAME));
            accounts.signInAs(Roles.OFFICER, "GM0106");
            officers.addNote(request, LEGAL_NAME + " werkt op " + STREET + " 77, tel. " + PHONE);
            long signal = signals.raise(new NewSignal(request, null, Set.of(Indicator.FEAR),
                    LEGAL_NAME + " op " + STREET + " 77 (" + WORK_NAME + "), " + PHONE, Urgency.HIGH));
            signals.escalate(signal);
            accounts.signInAs(Roles.COORDINATOR, null);
            assertThat(signals.linkedIdentity(signal,
                    new StatedReason(AccessReason.HANDOVER, "overleg met de politie"))).isPresent();
            TestAccounts.signOut();
            Thread.sleep(2000); // event listeners after the commits
            Object dispatcher = AopTestUtils.getUltimateTargetObject(ctx.getBean(
                    Class.forName("nl.erkenningsportaal.notification.MailDispatcher")));
            ReflectionTestUtils.invokeMethod(dispatcher, "sendDue");
        } finally {
            root.detachAppender(appender);
            portal.setLevel(portalLevel);
            TestAccounts.signOut();
        }
        appender.list.stream().map(NoPersonalDataInLogsTest::everything).forEach(logLines::add);
        assertThat(logLines).as("the capture works").anyMatch(l -> l.contains("log scan probe"));
        dumpTheDatabase();
    }

    @Test
    @Order(2)
    void no_planted_value_appears_in_any_log_line() {
        Assumptions.assumeFalse(logLines.isEmpty(), "the stories did not run");
        List<String> values = new ArrayList<>(planted());
        values.add(number);
        values.add(RecognitionNumber.grouped(number));
        assertThat(leaks(logLines, values)).isEmpty();
    }

    @Test
    @Order(3)
    void a_dump_of_the_whole_database_holds_no_planted_name_address_phone_or_e_mail_in_plain_text()
            throws IOException {
        Assumptions.assumeTrue(Files.exists(DUMP), "the stories did not run");
        List<String> dump = Files.readAllLines(DUMP, StandardCharsets.UTF_8);
        assertThat(dump).as("the dump holds the story").anyMatch(l -> l.startsWith("INSERT INTO `recognition_request`"));
        assertThat(leaks(dump, List.of(LEGAL_NAME, "Qorvanne", STREET, PHONE, PHONE.replace(" ", ""), EMAIL)))
                .isEmpty();
    }

    /**
     * The work name she gave with her request and her GGD booking (and wrote into a signal) is encrypted wherever it
     * is stored: the booking keeps it in {@code consultation_booking.work_name_enc} since issue 16.
     */
    @Test
    @Order(4)
    void a_dump_of_the_whole_database_holds_no_planted_work_name_in_plain_text() throws IOException {
        Assumptions.assumeTrue(Files.exists(DUMP), "the stories did not run");
        List<String> dump = Files.readAllLines(DUMP, StandardCharsets.UTF_8);
        assertThat(dump).as("the dump holds the booking").anyMatch(l -> l.startsWith(
                "INSERT INTO `consultation_booking`"));
        assertThat(leaks(dump, List.of(WORK_NAME))).isEmpty();
    }

    private void dumpTheDatabase() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOnce(new EmbeddedDatabaseSettings(
                TestDatabase.DATA_DIR, "portal", true));
        Files.createDirectories(DUMP.getParent());
        Path options = DUMP.resolveSibling("client.cnf");
        Files.writeString(options, "[client]\nhost=127.0.0.1\nport=%d\nuser=root\npassword=\nskip-ssl\n"
                .formatted(server.port()));
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        Process dump = new ProcessBuilder(server.program("mariadb-dump").toString(),
                "--defaults-extra-file=" + options.toAbsolutePath(), "--single-transaction", "--hex-blob",
                "--skip-extended-insert", "--databases", database)
                .redirectOutput(DUMP.toFile()).redirectError(DUMP.resolveSibling("dump.log").toFile()).start();
        assertThat(dump.waitFor()).as("mariadb-dump (see target/planted-data/dump.log)").isZero();
    }

    private static List<String> leaks(List<String> lines, List<String> values) {
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String value : values) {
                if (!value.isBlank() && lower.contains(value.toLowerCase(Locale.ROOT))) {
                    leaks.add(value + " in: " + (line.length() > 400 ? line.substring(0, 400) + "…" : line));
                }
            }
        }
        return leaks;
    }
}
