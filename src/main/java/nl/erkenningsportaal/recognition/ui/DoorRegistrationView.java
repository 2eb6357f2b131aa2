package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ConsentAtDoor;
import nl.erkenningsportaal.recognition.DoorRegistration;
import nl.erkenningsportaal.recognition.DoorResult;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.ReasonCatalogueService;
import nl.erkenningsportaal.recognition.ReasonKind;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionNumber;

/**
 * Recognition at the door: the officer records the worker met in person and the intake at once, goes through the
 * privacy statement in brief with her in her language and records her consent (with the statement's version and
 * the language); the portal issues the number, a one-time activation code, and a letter in her language to print.
 */
@Route("handhaving/aan-de-deur")
@Menu(title = "recognition.nav.door", order = 21)
@RolesAllowed(Roles.OFFICER)
@StyleSheet("styles/letter.css")
public class DoorRegistrationView extends Main implements HasDynamicTitle {

    DoorRegistrationView(OfficerRecognitionService service, InformationService information,
            CurrentUser currentUser, MunicipalityService municipalities, ReasonCatalogueService reasons,
            Clock clock) {
        addClassName("portal-page");
        String municipality = municipalities.find(String.valueOf(currentUser.require().municipalityId()))
                .map(Municipality::name).orElse("");
        int statementVersion = information.currentPrivacyStatementVersion();
        IdentityForm identity = new IdentityForm(clock);
        FormLayout checklist = new FormLayout();
        Checkbox rules = IdentityForm.checkbox(checklist, "recognition.checklist.rules");
        Checkbox ggd = IdentityForm.checkbox(checklist, "recognition.checklist.ggd");
        Checkbox document = IdentityForm.checkbox(checklist, "recognition.checklist.document");
        Checkbox voluntary = IdentityForm.checkbox(checklist, "recognition.checklist.voluntary");
        Checkbox care = IdentityForm.checkbox(checklist, "recognition.checklist.care");
        ExtraChecklist extra = new ExtraChecklist(checklist, getLocale(), reasons.offered(ReasonKind.CHECK), List.of());

        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("recognition.door.language"));
        language.setHelperText(getTranslation("recognition.door.language-help"));
        language.setItems(PortalI18nProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(PortalI18nProvider.supported(getLocale()));
        PrivacyInBrief brief = new PrivacyInBrief(false).show(language.getValue(), municipality);
        brief.addClassName("portal-card");
        brief.addClassName("portal-privacy-brief-card");
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                brief.show(e.getValue(), municipality);
            }
        });
        // once the officer fills in the languages she speaks: one of them the portal speaks, unless already chosen
        identity.languages.addValueChangeListener(e -> {
            if (language.getValue() == null || !e.getValue().contains(language.getValue().getLanguage())) {
                PortalI18nProvider.LOCALES.stream().filter(l -> e.getValue().contains(l.getLanguage())).findFirst()
                        .ifPresent(language::setValue);
            }
        });
        Anchor whole = new Anchor("privacy", getTranslation("recognition.door.whole-statement", statementVersion));
        whole.setTarget("_blank");
        FormLayout consentForm = new FormLayout();
        consentForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Checkbox informed = new Checkbox(getTranslation("recognition.door.informed", statementVersion));
        Checkbox agreed = new Checkbox(getTranslation("recognition.door.agreed"));
        consentForm.add(informed, agreed);
        Section consent = new Section(new H2(getTranslation("recognition.door.privacy-title")),
                new Paragraph(getTranslation("recognition.door.privacy-intro")), language, brief, whole, consentForm);

        Button register = new Button(getTranslation("recognition.door.submit"), e -> {
            Identity id = identity.identity();
            boolean consentGiven = informed.getValue() && agreed.getValue();
            markRequired(informed);
            markRequired(agreed);
            if (id == null || !consentGiven || language.getValue() == null) {
                return;
            }
            try {
                DoorResult result = service.registerAtDoor(new DoorRegistration(id, new IntakeChecklist(
                        rules.getValue(), ggd.getValue(), document.getValue(), voluntary.getValue(),
                        care.getValue()), new ConsentAtDoor(language.getValue(), statementVersion, informed.getValue(),
                        agreed.getValue()), extra.answers()));
                showResult(result);
            } catch (Refusal r) {
                Refusals.show(this, r);
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("recognition.door.title")), new Paragraph(getTranslation("recognition.door.intro")),
                identity, new H2(getTranslation("recognition.checklist.title")),
                new Paragraph(getTranslation("recognition.checklist.no-copy")), checklist, consent, register);
    }

    private void markRequired(Checkbox box) {
        box.setErrorMessage(getTranslation("recognition.door.consent-required"));
        box.setInvalid(!box.getValue());
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
                new Paragraph(getTranslation("recognition.door.code-once")),
                new Paragraph(getTranslation("recognition.door.letter-intro")));
        Button letter = new Button(getTranslation("recognition.door.letter"), e -> {
            dialog.close();
            getUI().ifPresent(ui -> DoorLetterView.show(ui, result.letter()));
        });
        letter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("recognition.door.open-request"), e -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(RequestView.class, result.requestId()));
        }), letter);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.door.title") + " | " + getTranslation("app.name");
    }
}
