package nl.erkenningsportaal.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;

/**
 * An iCalendar (RFC 5545) invitation for a GGD appointment, written by hand: one VEVENT in Europe/Amsterdam time
 * with its VTIMEZONE, a UID that stays the same for the booking, a SEQUENCE that rises with every change, and
 * METHOD:REQUEST or METHOD:CANCEL (RFC 5546). It holds the time, the place and a neutral summary; nothing about the
 * worker.
 */
final class CalendarInvitation {

    static final String TZID = "Europe/Amsterdam";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String VTIMEZONE = """
            BEGIN:VTIMEZONE
            TZID:Europe/Amsterdam
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            """;

    private CalendarInvitation() {}

    static String write(boolean cancel, String uid, int sequence, LocalDateTime start, LocalDateTime end,
            String summary, String location, String organizerName, String organizerAddress, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Gemeenten Drenthe//Portaal//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (cancel ? "CANCEL" : "REQUEST"));
        VTIMEZONE.lines().forEach(l -> line(ics, l));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(start));
        line(ics, "DTEND;TZID=" + TZID + ":" + LOCAL.format(end));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "LOCATION:" + text(location));
        line(ics, "ORGANIZER;CN=" + param(organizerName) + ":mailto:" + organizerAddress);
        line(ics, "STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        if (!cancel) {
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "DESCRIPTION:" + text(summary));
            line(ics, "TRIGGER:-PT1H");
            line(ics, "END:VALARM");
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    private static String param(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
    }

    /** Appends a content line folded at 75 octets (3.1) and ended with CRLF. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
