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
}
