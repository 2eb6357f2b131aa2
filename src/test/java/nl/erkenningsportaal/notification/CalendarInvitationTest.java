package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The invitations parse with a real iCalendar parser and carry what calendars need to update them. */
class CalendarInvitationTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 7, 3, 9, 40); // summer time: UTC+2
    static final String LOCATION = "GGD Drenthe, Assen; kamer 2";

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String write(boolean cancel, int sequence, LocalDateTime start, String summary) {
        return CalendarInvitation.write(cancel, "ggd-b-42@mijn.drenthe.example", sequence, start,
                start.plusMinutes(20), ZoneId.of("Europe/Amsterdam"), summary, LOCATION, "Uw gemeente",
                "noreply@portaal.localhost",
                Instant.parse("2026-06-01T10:00:00Z"));
    }

    @Test
    void an_invitation_is_a_request_in_amsterdam_time_with_a_neutral_summary() throws Exception {
        Calendar calendar = parse(write(false, 0, START, "Afspraak GGD"));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("ggd-b-42@mijn.drenthe.example");
        assertThat(event.getSequence().getSequenceNo()).isZero();
        assertThat(event.getSummary().getValue()).isEqualTo("Afspraak GGD");
        assertThat(event.getLocation().getValue()).isEqualTo(LOCATION);
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        Temporal start = event.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toInstant())
                .isEqualTo(START.atZone(ZoneId.of("Europe/Amsterdam")).toInstant())
                .isEqualTo(Instant.parse("2026-07-03T07:40:00Z"));
        VTimeZone tz = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(tz.getTimeZoneId().getValue()).isEqualTo("Europe/Amsterdam");
    }

    @Test
    void a_change_keeps_the_uid_and_raises_the_sequence_and_a_cancellation_says_cancel() throws Exception {
        VEvent first = parse(write(false, 0, START, "Afspraak GGD")).<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent moved = parse(write(false, 1, START.plusDays(7), "Afspraak GGD")).<VEvent>getComponent("VEVENT")
                .orElseThrow();
        Calendar cancelled = parse(write(true, 2, START.plusDays(7), "Afspraak GGD"));
        VEvent cancelEvent = cancelled.<VEvent>getComponent("VEVENT").orElseThrow();

        assertThat(moved.getUid()).isEqualTo(first.getUid());
        assertThat(cancelEvent.getUid()).isEqualTo(first.getUid());
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(cancelEvent.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancelEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void long_lines_are_folded_at_75_octets_and_unfold_to_the_same_text() throws Exception {
        String summary = "Consulta GGD — atendimento gratuito com muitas palavras para dobrar a linha ção ção";
        String ics = write(false, 0, START, summary);
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes("UTF-8").length)
                .isLessThanOrEqualTo(75));
        assertThat(parse(ics).<VEvent>getComponent("VEVENT").orElseThrow().getSummary().getValue())
                .isEqualTo(summary);
    }
}
