package nl.erkenningsportaal.consultation.ui;

import static nl.erkenningsportaal.HostileInput.shownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import java.util.regex.Pattern;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.DayBooking;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.MyBooking;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.RecognisedWorkers;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GGD care stays apart from enforcement (issue 16): a recognised worker's booking carries its own booking code, and
 * the GGD's day view (service and page) shows that code, never her recognition number. Consultation has no way to
 * ask recognition for a number, and recognition none to give one to it.
 */
class GgdSeesNoRecognitionNumberUiTest extends KaribuTest {

    /** Nine characters of the number's alphabet standing alone, or three groups of three as printed. */
    static final Pattern NUMBER_LIKE = Pattern.compile("(?<![A-Z0-9])([" + RecognitionNumber.ALPHABET + "]{3})-?(["
            + RecognitionNumber.ALPHABET + "]{3})-?([" + RecognitionNumber.ALPHABET + "]{3})(?![A-Z0-9])");

    @Autowired
    RecognisedWorkers recognised;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    GgdConsultationService ggd;

    /** Every valid recognition number (with its check character) in {@code text}. */
    static java.util.List<String> numbersIn(String text) {
        return NUMBER_LIKE.matcher(text).results().map(m -> m.group(1) + m.group(2) + m.group(3))
                .filter(RecognitionNumber::isValid).toList();
    }

    @Test
    void the_day_view_shows_a_recognised_workers_booking_code_and_never_her_number() {
        SessionSummary session = consultations.sessionNextWeek(3);
        long slot = consultations.firstSlot(session);
        var worker = recognised.inAssen("Zorg Apart");
        MyBooking booking = bookings.book(new BookingRequest(slot, "GM0106", "pt", false, null, "Luna"));
        TestAccounts.signOut();

        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        DayBooking seen = ggd.day(session.id()).slots().stream().flatMap(s -> s.bookings().stream())
                .filter(b -> b.id() == booking.id()).findFirst().orElseThrow();
        assertThat(seen.reference()).isEqualTo(booking.code());
        assertThat(ggd.day(session.id()).toString()).doesNotContain(worker.number());

        login(Roles.GGD);
        UI.getCurrent().navigate("ggd/sessie/" + session.id());
        String shown = shownText();
        assertThat(shown).as("the booking is there, by its code").contains(booking.code(), "Luna");
        assertThat(shown).doesNotContain(worker.number(), RecognitionNumber.grouped(worker.number()));
        assertThat(numbersIn(shown)).as("no recognition number of anyone").isEmpty();
        UI.getCurrent().navigate("ggd");
        assertThat(numbersIn(shownText())).isEmpty();
    }

    @Test
    void the_number_pattern_finds_a_number_where_there_is_one() {
        var worker = recognised.inAssen("Patroon Proef");
        TestAccounts.signOut();
        assertThat(numbersIn("code AB12CD34 en " + worker.number() + "."))
                .as("this test's own yardstick finds a real number").containsExactly(worker.number());
        assertThat(numbersIn("«" + RecognitionNumber.grouped(worker.number()) + "»")).containsExactly(worker.number());
    }

    @Test
    void consultation_cannot_ask_recognition_for_a_number_and_recognition_gives_consultation_none() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.erkenningsportaal");
        var consultation = portal.stream().filter(c -> c.getPackageName().startsWith("nl.erkenningsportaal.consultation"))
                .toList();
        var recognition = portal.stream().filter(c -> c.getPackageName().startsWith("nl.erkenningsportaal.recognition"))
                .toList();
        assertThat(consultation).isNotEmpty();
        assertThat(recognition).isNotEmpty();
        assertThat(consultation.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName())).noneMatch(p -> p.startsWith("nl.erkenningsportaal"
                        + ".recognition"));
        assertThat(recognition.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName())).noneMatch(p -> p.startsWith("nl.erkenningsportaal"
                        + ".consultation"));
    }
}
