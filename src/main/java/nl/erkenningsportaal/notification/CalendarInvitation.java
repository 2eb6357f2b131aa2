package nl.erkenningsportaal.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

/**
 * An iCalendar (RFC 5545) invitation for a GGD appointment, made with ical4j: one VEVENT in the portal's time zone
 * with its VTIMEZONE, a UID that stays the same for the booking, a SEQUENCE that rises with every change, and
 * METHOD:REQUEST or METHOD:CANCEL (RFC 5546). It holds the time, the place and a neutral summary; nothing about the
 * worker.
 */
final class CalendarInvitation {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Map<ZoneId, VTimeZone> VTIMEZONES = new ConcurrentHashMap<>();
    private static final int FOLD_OCTETS = 75;

    private CalendarInvitation() {}

    /** {@code start} and {@code end} are local times in {@code zone}, the portal's time zone. */
    static String write(boolean cancel, String uid, int sequence, LocalDateTime start, LocalDateTime end,
            ZoneId zone, String summary, String location, String organizerName, String organizerAddress,
            Instant stamp) {
        VEvent event = new VEvent();
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.replace(new DtStamp(stamp));
        event.add(inZone(new DtStart<>(start), zone));
        event.add(inZone(new DtEnd<>(end), zone));
        event.add(new Summary(summary));
        event.add(new Location(location));
        Organizer organizer = new Organizer("mailto:" + organizerAddress);
        organizer.add(new Cn(organizerName));
        event.add(organizer);
        event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Transp(Transp.VALUE_OPAQUE));
        if (!cancel) {
            VAlarm alarm = new VAlarm(java.time.Duration.ofHours(-1));
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(summary));
            event.add(alarm);
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Gemeenten Drenthe//Portaal//NL"));
        calendar.add(new Version((String) null, Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(cancel ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(VTIMEZONES.computeIfAbsent(zone, CalendarInvitation::vtimezone).copy());
        calendar.add(event);
        StringWriter written = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // ical4j folds after 75 characters, RFC 5545 after 75 octets (a line of Thai is three times longer): unfold
        // (a line break followed by a space, 3.1) and fold again by octets
        StringBuilder ics = new StringBuilder();
        written.toString().replace("\r\n ", "").lines().forEach(line -> fold(ics, line));
        return ics.toString();
    }

    private static <P extends Property> P inZone(P property, ZoneId zone) {
        property.add(new TzId(zone.getId()));
        return property;
    }

    /**
     * The zone's VTIMEZONE from ical4j's time zone data, under the portal's own zone id (that data files
     * Europe/Amsterdam under Europe/Brussels, whose rules it has followed since 1977), with only the observances
     * still in force and without a URL a calendar could fetch it from.
     */
    private static VTimeZone vtimezone(ZoneId zone) {
        TimeZone known = ZONES.getTimeZone(zone.getId());
        if (known == null) {
            throw new IllegalStateException("No iCalendar time zone for " + zone);
        }
        List<Observance> all = known.getVTimeZone().getObservances();
        List<Observance> inForce = all.stream()
                .filter(o -> o.<RRule<?>>getProperty(Property.RRULE).map(r -> r.getRecur().getUntil() == null)
                        .orElse(false))
                .toList();
        if (inForce.isEmpty()) { // a zone without daylight saving time: its latest observance
            inForce = List.of(all.getLast());
        }
        VTimeZone vtimezone = new VTimeZone(new ComponentList<>(inForce.stream().map(o -> (Observance) o.copy())
                .toList()));
        vtimezone.add(new net.fortuna.ical4j.model.property.TzId(zone.getId()));
        return vtimezone;
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a character, ended with CRLF. */
    private static void fold(StringBuilder out, String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = Character.toString(cp).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
