package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.MyRequest;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;

/** A printable card: the number, the municipality and the validity. No name, no address. */
@Route("mijn-aanvraag/kaart")
@RolesAllowed(Roles.WORKER)
public class RecognitionCardView extends Main implements HasDynamicTitle {

    RecognitionCardView(WorkerRecognitionService service) {
        addClassName("portal-page");
        add(new H1(getTranslation("recognition.card.title")));
        MyRequest r = service.myRequest().filter(m -> m.number() != null).orElse(null);
        if (r == null) {
            add(new Paragraph(getTranslation("recognition.card.none")));
            return;
        }
        Span number = new Span(RecognitionNumber.grouped(r.number()));
        number.addClassName("portal-secret");
        Div card = new Div(new Paragraph(getTranslation("recognition.card.municipality", r.municipalityName())),
                number, new Paragraph(getTranslation("recognition.card.valid-until",
                        Formats.date(r.validUntil(), getLocale()))));
        card.addClassName("portal-card");
        Button print = new Button(getTranslation("recognition.card.print"));
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        print.addClassName("portal-no-print");
        add(card, print);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.card.title") + " | " + getTranslation("app.name");
    }
}
