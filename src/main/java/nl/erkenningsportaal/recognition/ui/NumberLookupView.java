package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;

/** Number to person, with a stated reason; every lookup is audited. */
@Route("handhaving/nummer")
@Menu(title = "recognition.nav.lookup", order = 22)
@RolesAllowed(Roles.OFFICER)
public class NumberLookupView extends Main implements HasDynamicTitle {

    NumberLookupView(OfficerRecognitionService service) {
        addClassName("portal-page");
        TextField number = new TextField(getTranslation("recognition.lookup.number"));
        number.setMaxLength(15);
        number.setHelperText(getTranslation("recognition.lookup.number-help"));
        TextField reason = new TextField(getTranslation("recognition.lookup.reason"));
        reason.setMaxLength(Limits.REASON_MAX);
        reason.setHelperText(getTranslation("recognition.lookup.reason-help"));
        Button find = new Button(getTranslation("recognition.lookup.find"), e -> {
            try {
                service.lookUpNumber(number.getValue(), reason.getValue()).ifPresentOrElse(
                        id -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, id)),
                        () -> Refusals.show(this, new Refusal("recognition.lookup.not-found")));
            } catch (Refusal r) {
                Refusals.show(this, r);
            }
        });
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(number, reason, find);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        add(new H1(getTranslation("recognition.lookup.title")), new Paragraph(getTranslation(
                "recognition.lookup.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.lookup.title") + " | " + getTranslation("app.name");
    }
}
