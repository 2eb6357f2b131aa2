package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.junit.jupiter.api.Test;

/** "0 van 1 plaatsen bezet" reads naturally: one place is a place, none taken says so (issue 23). */
class PlacesBookedTextTest {

    private final PortalI18nProvider i18n = new PortalI18nProvider();

    private String places(Locale locale, int booked, int capacity) {
        return i18n.getTranslation("consultation.places-booked", locale, booked, capacity);
    }

    @Test
    void places_and_bookings_read_naturally_in_singular_plural_and_none() {
        Locale nl = Locale.of("nl");
        assertThat(places(nl, 0, 1)).isEqualTo("1 plaats, nog geen bezet");
        assertThat(places(nl, 1, 1)).isEqualTo("1 plaats, 1 bezet");
        assertThat(places(nl, 2, 3)).isEqualTo("3 plaatsen, 2 bezet");
        assertThat(places(Locale.ENGLISH, 0, 1)).isEqualTo("1 place, none taken yet");
        assertThat(places(Locale.ENGLISH, 2, 3)).isEqualTo("3 places, 2 taken");
        assertThat(places(Locale.of("es"), 1, 4)).isEqualTo("4 plazas, 1 ocupada");
        assertThat(places(Locale.of("pt"), 0, 2)).isEqualTo("2 vagas, nenhuma ocupada ainda");
    }
}
