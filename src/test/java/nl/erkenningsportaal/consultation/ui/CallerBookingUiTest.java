package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.consultation.BookingStatus;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.SlotView;
import nl.erkenningsportaal.municipality.Municipality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The GGD on the phone, on its page: books a place, reads out the code, finds the booking by it and cancels it. */
class CallerBookingUiTest extends KaribuTest {

    @Autowired
    ConsultationFixtures consultation;

    @Autowired
    GgdConsultationService ggd;

    @Test
    @SuppressWarnings("unchecked")
    void the_ggd_books_for_a_caller_reads_out_the_code_and_cancels_by_it() {
        SessionSummary session = consultation.sessionNextWeek(2);
        login(Roles.GGD);
        UI.getCurrent().navigate("ggd/telefoon");

        Select<SessionSummary> sessions = _get(Select.class, spec -> spec.withLabel("Spreekuur"));
        _setValue(sessions, sessions.getListDataView().getItems().filter(s -> s.id() == session.id()).findFirst()
                .orElseThrow());
        Select<SlotView> slots = _get(Select.class, spec -> spec.withLabel("Tijd"));
        _setValue(slots, slots.getListDataView().getItems().findFirst().orElseThrow());
        ComboBox<Municipality> municipality = _get(ComboBox.class, spec -> spec.withLabel("Gemeente waar zij werkt"));
        _setValue(municipality, municipality.getListDataView().getItems().filter(m -> m.name().equals("Assen"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Afspraak maken")));

        String said = _get(Paragraph.class, spec -> spec.withClasses("portal-caller-code")).getText();
        assertThat(said).startsWith("Afspraakcode: ");
        String code = said.substring("Afspraakcode: ".length(), "Afspraakcode: ".length() + 9).replace(" ", "");
        assertThat(ggd.callerBooking(code)).get().satisfies(b -> assertThat(b.byPhone()).isTrue());

        _setValue(_get(TextField.class, spec -> spec.withLabel("Afspraakcode")), code);
        _click(_get(Button.class, spec -> spec.withText("Zoeken")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("portal-caller-booking")).getText())
                .contains("Telefonisch gemaakt");
        _click(_get(Button.class, spec -> spec.withText("Afspraak annuleren")));
        expectNotifications("De afspraak is geannuleerd.");
        assertThat(ggd.callerBooking(code)).get().satisfies(b -> assertThat(b.status())
                .isEqualTo(BookingStatus.CANCELLED));
    }
}
