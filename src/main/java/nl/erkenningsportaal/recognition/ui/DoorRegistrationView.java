package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.DoorRegistration;
import nl.erkenningsportaal.recognition.DoorResult;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionNumber;

/**
 * Recognition at the door: the officer records the worker met in person and the intake at once; the portal issues
 * the number and a one-time activation code for the worker's online account.
 */
@Route("handhaving/aan-de-deur")
@Menu(title = "recognition.nav.door", order = 21)
@RolesAllowed(Roles.OFFICER)
public class DoorRegistrationView extends Main implements HasDynamicTitle {

    DoorRegistrationView(OfficerRecognitionService service) {
        addClassName("portal-page");
        IdentityForm identity = new IdentityForm();
        FormLayout checklist = new FormLayout();
        Checkbox rules = IdentityForm.checkbox(checklist, "recognition.checklist.rules");
        Checkbox ggd = IdentityForm.checkbox(checklist, "recognition.checklist.ggd");
        Checkbox document = IdentityForm.checkbox(checklist, "recognition.checklist.document");
        Checkbox voluntary = IdentityForm.checkbox(checklist, "recognition.checklist.voluntary");
        Checkbox care = IdentityForm.checkbox(checklist, "recognition.checklist.care");
        Button register = new Button(getTranslation("recognition.door.submit"), e -> {
            Identity id = identity.identity();
            if (id == null) {
                return;
            }
            try {
                DoorResult result = service.registerAtDoor(new DoorRegistration(id, new IntakeChecklist(
                        rules.getValue(), ggd.getValue(), document.getValue(), voluntary.getValue(),
                        care.getValue())));
                showResult(result);
            } catch (Refusal r) {
                Refusals.show(this, r);
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("recognition.door.title")), new Paragraph(getTranslation("recognition.door.intro")),
                identity, new H2(getTranslation("recognition.checklist.title")),
                new Paragraph(getTranslation("recognition.checklist.no-copy")), checklist, register);
    }

    private void showResult(DoorResult result) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recognition.door.done"));
        Span number = new Span(RecognitionNumber.grouped(result.number()));
        number.addClassName("portal-secret");
        Span code = new Span(result.activationCode());
        code.addClassName("portal-secret");
        dialog.add(new Paragraph(getTranslation("recognition.door.number")), number,
                new Paragraph(getTranslation("recognition.door.code", Formats.dateTime(
                        result.activationCodeExpiresAt(), getLocale()))), code,
                new Paragraph(getTranslation("recognition.door.code-once")));
        dialog.getFooter().add(new Button(getTranslation("recognition.door.open-request"), e -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(RequestView.class, result.requestId()));
        }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.door.title") + " | " + getTranslation("app.name");
    }
}
