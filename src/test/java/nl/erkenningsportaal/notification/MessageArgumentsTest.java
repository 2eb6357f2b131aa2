package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageArgumentsTest {

    @Test
    void arguments_survive_the_round_trip_through_json() {
        List<String> args = List.of("a \"quoted\" value", "2026-12-01", "ñ ç ã");
        assertThat(MessageArguments.fromJson(MessageArguments.toJson(args))).isEqualTo(args);
    }

    @Test
    void iso_dates_are_shown_in_the_readers_language() {
        assertThat(MessageArguments.localize("2026-12-01", Locale.of("nl"))).isEqualTo("1 december 2026");
        assertThat(MessageArguments.localize("2026-12-01", Locale.ENGLISH)).isEqualTo("December 1, 2026");
        assertThat(MessageArguments.localize("2026-12-01T14:30", Locale.of("es"))).contains("diciembre", "14:30");
        assertThat(MessageArguments.localize("plain", Locale.ENGLISH)).isEqualTo("plain");
    }

    @Test
    void dates_and_times_follow_each_new_languages_own_conventions() {
        assertThat(MessageArguments.localize("2026-12-04", Locale.of("ro"))).isEqualTo("4 decembrie 2026");
        assertThat(MessageArguments.localize("2026-12-04", Locale.of("bg"))).isEqualTo("4 декември 2026\u202fг."); // a narrow no-break space before "г." (year)
        assertThat(MessageArguments.localize("2026-12-04", Locale.of("hu"))).isEqualTo("2026. december 4.");
        // Polish names the month in the genitive in a date
        assertThat(MessageArguments.localize("2026-12-04", Locale.of("pl"))).isEqualTo("4 grudnia 2026");
        // Thai: the Gregorian year with its era written out, so nobody reads it as a Buddhist year
        assertThat(MessageArguments.localize("2026-12-04", Locale.of("th"))).isEqualTo("4 ธันวาคม ค.ศ. 2026");
        assertThat(MessageArguments.localize("2026-12-04T14:30", Locale.of("bg")))
                .startsWith("петък, 4 декември 2026").endsWith("14:30");
        assertThat(MessageArguments.localize("2026-12-04T14:30", Locale.of("th"))).contains("วันศุกร์", "14:30");
    }
}
