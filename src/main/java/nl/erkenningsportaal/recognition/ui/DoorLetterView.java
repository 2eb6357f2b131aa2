package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import nl.erkenningsportaal.platform.PortalSettings;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.DoorLetter;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;

/**
 * The A4 letter a worker registered at the door takes home, in the language she was informed in: the privacy
 * information in short, her activation code, and how to use her rights without an account (at the counter or through
 * the officer). No name, address or number on it: whoever finds it learns as little as possible. Printed with the
 * browser's own print command; the print style sheet leaves only the letter on the paper.
 *
 * <p>The activation code is stored only as a hash, so the letter is shown once, straight after the registration (it
 * arrives here through the UI, never in the address). Opened again, the page offers a new letter with a new code,
 * which stops the old one.
 */
@Route("handhaving/brief")
@RolesAllowed(Roles.OFFICER)
@StyleSheet("styles/letter.css")
public class DoorLetterView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient OfficerRecognitionService service;
    private final String portalUrl;
    private long requestId;

    DoorLetterView(OfficerRecognitionService service, PortalSettings settings) {
        this.service = service;
        String url = settings.publicUrl().toString();
        this.portalUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        addClassName("portal-page");
    }

    /** Hands the letter of a registration just made to this page, for one showing. */
    static void show(UI ui, DoorLetter letter) {
        ComponentUtil.setData(ui, DoorLetter.class, letter);
        ui.navigate(DoorLetterView.class, letter.requestId());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        requestId = id;
        try {
            service.details(id); // of the officer's own municipality, or not found
        } catch (Refusal r) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        UI ui = event.getUI();
        DoorLetter pending = ComponentUtil.getData(ui, DoorLetter.class);
        ComponentUtil.setData(ui, DoorLetter.class, null);
        if (pending != null && pending.requestId() == id) {
            letter(pending);
        } else {
            offerNewLetter();
        }
    }

    private void offerNewLetter() {
        removeAll();
        Button make = new Button(getTranslation("recognition.letter.make"), e -> {
            try {
                letter(service.newDoorLetter(requestId));
            } catch (Refusal r) {
                Refusals.show(this, r);
            }
        });
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("recognition.letter.title")),
                new Paragraph(getTranslation("recognition.letter.make-intro")), make, backLink());
    }

    private void letter(DoorLetter l) {
        removeAll();
        Locale in = l.language();
        Paragraph howToPrint = new Paragraph(getTranslation("recognition.letter.how-to-print",
                getTranslation("language." + in.getLanguage())));
        Div tools = new Div(howToPrint, backLink());
        tools.addClassNames("portal-no-print", "portal-letter-tools");

        Span code = new Span(l.activationCode());
        code.addClassName("portal-letter-code");
        Article letter = new Article(
                new Paragraph(t(in, "recognition.letter.sender", l.municipalityName()) + " — "
                        + Formats.date(LocalDate.now(Formats.AMSTERDAM), in)),
                new H1(t(in, "recognition.letter.heading")),
                new Paragraph(t(in, "recognition.letter.intro", l.municipalityName())),
                new PrivacyInBrief(true).show(in, l.municipalityName()),
                new H2(t(in, "recognition.letter.account-title")),
                new Paragraph(t(in, "recognition.letter.account", portalUrl + "/activeren")),
                new Paragraph(code),
                new Paragraph(t(in, "recognition.letter.code-valid", Formats.dateTime(l.codeExpiresAt(), in))),
                new Paragraph(t(in, "recognition.letter.statement", l.statementVersion(), portalUrl + "/privacy")));
        letter.addClassName("portal-letter");
        letter.getElement().setAttribute("lang", in.getLanguage());
        add(tools, letter);
    }

    private String t(Locale locale, String key, Object... arguments) {
        return getTranslation(locale, key, arguments);
    }

    private RouterLink backLink() {
        return new RouterLink(getTranslation("recognition.door.open-request"), RequestView.class, requestId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.letter.title") + " | " + getTranslation("app.name");
    }
}
