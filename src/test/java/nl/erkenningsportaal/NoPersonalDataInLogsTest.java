package nl.erkenningsportaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * "Logs never contain personal data" (DESIGN.md), checked end to end: a worker with planted, unmistakable personal
 * data signs up, gives an e-mail address, requests recognition, is recognised, books the GGD and is the subject of
 * an escalated signal whose identity the coordinator opens; then mail goes out. No log line of any thread, at any
 * level the portal logs (its own code at DEBUG), holds the name, address, phone, e-mail or the issued number.
 */
@IntegrationTest
class NoPersonalDataInLogsTest {

    static final String TAG = UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
    static final String LEGAL_NAME = "Zyxwerta Plantnaam" + TAG;
    static final String WORK_NAME = "Plantwerknaam" + TAG;
    static final String STREET = "Plantstraat" + TAG;
    static final String PHONE = "+31 6 8765 4321";
    static final String EMAIL = "zyxwerta.plant" + TAG.toLowerCase(Locale.ROOT) + "@example.org";

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RecognitionFixtures recognitionFixtures;

    @Autowired
    ConsultationFixtures consultationFixtures;

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

    @Test
    void a_whole_recognition_booking_and_signal_leaves_no_name_address_phone_e_mail_or_number_in_any_log_line()
            throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger portal = (Logger) LoggerFactory.getLogger("nl.erkenningsportaal");
        Level portalLevel = portal.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        portal.setLevel(Level.DEBUG);
        int openBefore = openPublications();
        String number;
        try {
            LoggerFactory.getLogger(NoPersonalDataInLogsTest.class).info("log scan probe");
            SessionSummary session = consultationFixtures.sessionNextWeek(2);
            long slot = consultationFixtures.firstSlot(session);

            SignedInUser worker = recognitionFixtures.signedInWorker();
            emails.changeMyEmail(EMAIL);
            long request = workers.submit(new NewRequest(new Identity(LEGAL_NAME, java.time.LocalDate.of(1991, 2, 3),
                    "VE", STREET, "77", "b", "9401 AB", "Assen", PHONE, WORK_NAME, List.of("es", "nl"),
                    ContactPreference.EMAIL), null));
            workers.sendMessage("Ik ben " + LEGAL_NAME + ", bel " + PHONE);
            bookings.book(new BookingRequest(slot, "GM0106", "es", true, null, WORK_NAME));

            accounts.signInAs(Roles.OFFICER, "GM0106");
            officers.revealIdentity(request, RecognitionFixtures.INTAKE);
            officers.planIntake(request, LocalDateTime.now().plusDays(1).withNano(0), IntakePlace.AT_WORK_ADDRESS,
                    null);
            officers.recordChecklist(request, new IntakeChecklist(true, true, true, true, true));
            number = officers.recognise(request);
            officers.addNote(request, LEGAL_NAME + " woont op " + STREET + " 77");
            officers.lookUpNumber(number, "controle van " + LEGAL_NAME);
            long signal = signals.raise(new NewSignal(request, null, Set.of(Indicator.FEAR),
                    LEGAL_NAME + " op " + STREET + " 77, " + PHONE, Urgency.HIGH));
            signals.escalate(signal);
            accounts.signInAs(Roles.COORDINATOR, null);
            assertThat(signals.linkedIdentity(signal, new nl.erkenningsportaal.audit.StatedReason(
                    nl.erkenningsportaal.audit.AccessReason.SIGNAL, "overleg over " + LEGAL_NAME))).isPresent();

            TestAccounts.signIn(worker);
            bookings.cancel(bookings.myBookings().getFirst().id());
            waitForEventListeners(openBefore);
            sendDueMail();
        } finally {
            root.detachAppender(appender);
            portal.setLevel(portalLevel);
            TestAccounts.signOut();
        }

        List<String> lines = appender.list.stream().map(NoPersonalDataInLogsTest::everything).toList();
        assertThat(lines).as("the capture works").anyMatch(l -> l.contains("log scan probe"));
        List<String> planted = List.of(LEGAL_NAME, "Zyxwerta", WORK_NAME, STREET, PHONE, PHONE.replace(" ", ""),
                EMAIL, number, RecognitionNumber.grouped(number));
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (String p : planted) {
                if (line.toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT))) {
                    leaks.add(p + " in: " + line);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Everything a log line carries: message, arguments, key-value pairs, MDC and the exception with its causes. */
    static String everything(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
        if (e.getArgumentArray() != null) {
            sb.append(' ').append(Arrays.deepToString(e.getArgumentArray()));
        }
        if (e.getKeyValuePairs() != null) {
            sb.append(' ').append(e.getKeyValuePairs());
        }
        sb.append(' ').append(e.getMDCPropertyMap());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                sb.append(' ').append(frame.getSTEAsString());
            }
        }
        return sb.toString();
    }

    /** Events are handled after commit, some on other threads: wait until the ones published here are done. */
    private void waitForEventListeners(int openBefore) {
        await().atMost(Duration.ofSeconds(20)).until(() -> openPublications() <= openBefore);
    }

    private int openPublications() {
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL",
                Integer.class);
        return open == null ? 0 : open;
    }

    /** The mail sender is off on test nodes; one round sends what the run queued (to the embedded SMTP server). */
    private void sendDueMail() throws ClassNotFoundException {
        Object dispatcher = AopTestUtils.getUltimateTargetObject(ctx.getBean(
                Class.forName("nl.erkenningsportaal.notification.MailDispatcher")));
        Object sent = ReflectionTestUtils.invokeMethod(dispatcher, "sendDue");
        assertThat((Integer) sent).as("mails sent").isPositive();
    }
}
