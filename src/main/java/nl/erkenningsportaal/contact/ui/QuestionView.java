package nl.erkenningsportaal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.erkenningsportaal.contact.ContactLimits;
import nl.erkenningsportaal.contact.FormGuard;
import nl.erkenningsportaal.contact.NewQuestion;
import nl.erkenningsportaal.contact.QuestionService;
import nl.erkenningsportaal.contact.ReplyMethod;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.platform.Refusal;

/**
 * A question to the municipality's outreach team without an account: the lowest threshold the portal offers. No name
 * is asked; an answer only if she wants one, by mail or phone, and that address or number is erased within 30 days.
 * The form knows when it was shown (on the server) and holds a field no person sees: a script that fills everything
 * at once is turned away without a third-party captcha (see {@link QuestionService}).
 */
@Route(QuestionView.PATH)
@Menu(title = "contact.nav.question", order = 71)
@AnonymousAllowed
@StyleSheet("styles/contact.css")
public class QuestionView extends Main implements HasDynamicTitle {

    static final String PATH = "vraag-stellen";

    private final transient QuestionService service;
    private final transient Clock clock;
    private Instant shownAt;

    QuestionView(QuestionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("portal-page");
        showForm();
    }

    private void showForm() {
        removeAll();
        shownAt = clock.instant();
        RadioButtonGroup<Municipality> municipality =
                new RadioButtonGroup<>(getTranslation("contact.field.municipality"));
        List<Municipality> participating = service.municipalities();
        municipality.setItems(participating);
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        municipality.setRequiredIndicatorVisible(true);
        if (participating.size() == 1) {
            municipality.setValue(participating.getFirst());
        }

        TextArea message = new TextArea(getTranslation("contact.field.question"));
        message.setMaxLength(ContactLimits.QUESTION_MAX);
        message.setHelperText(getTranslation("contact.field.question-help", ContactLimits.QUESTION_MAX));
        message.setRequiredIndicatorVisible(true);
        message.setWidthFull();

        RadioButtonGroup<ReplyMethod> reply = new RadioButtonGroup<>(getTranslation("contact.field.reply"));
        reply.setItems(ReplyMethod.values());
        reply.setItemLabelGenerator(m -> getTranslation("contact.reply." + m));
        reply.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reply.setValue(ReplyMethod.NONE);

        EmailField email = new EmailField(getTranslation("contact.field.email"));
        email.setMaxLength(ContactLimits.EMAIL_MAX);
        email.setHelperText(getTranslation("contact.question.erased"));
        email.setVisible(false);
        TextField phone = new TextField(getTranslation("contact.field.phone"));
        phone.setMaxLength(ContactLimits.PHONE_MAX);
        phone.setHelperText(getTranslation("contact.question.erased"));
        phone.setVisible(false);

        ComboBox<String> language = new ComboBox<>(getTranslation("contact.field.answer-language"));
        language.setItems(Shown.LANGUAGES);
        language.setItemLabelGenerator(l -> Shown.language(l, getLocale()));
        language.setValue(Shown.defaultLanguage(getLocale()));
        language.setVisible(false);

        reply.addValueChangeListener(e -> {
            email.setVisible(e.getValue() == ReplyMethod.EMAIL);
            phone.setVisible(e.getValue() == ReplyMethod.PHONE);
            language.setVisible(e.getValue() != null && e.getValue() != ReplyMethod.NONE);
        });

        // the honeypot: off screen, out of the tab order and the accessibility tree (inert); only a script fills it
        TextField website = new TextField(getTranslation("contact.question.honeypot"));
        website.setTabIndex(-1);
        website.getElement().setAttribute("autocomplete", "off");
        Div trap = new Div(website);
        trap.addClassName("portal-offscreen");
        trap.getElement().setAttribute("inert", true);
        trap.getElement().setAttribute("aria-hidden", "true");

        Shown.FieldErrors errors = new Shown.FieldErrors(this).on("contact.error.municipality", municipality)
                .on("contact.error.question", message).on("contact.error.email", email)
                .on("contact.error.phone", phone).on("contact.error.language", language);
        Button send = new Button(getTranslation("contact.question.send"), e -> {
            errors.clear();
            ReplyMethod method = reply.getValue() == null ? ReplyMethod.NONE : reply.getValue();
            String replyTo = switch (method) {
                case NONE -> null;
                case EMAIL -> email.getValue();
                case PHONE -> phone.getValue();
            };
            try {
                service.ask(new NewQuestion(municipality.getValue() == null ? null : municipality.getValue().id(),
                        message.getValue(), language.getValue(), method, replyTo),
                        new FormGuard(shownAt, website.getValue()), source());
                showSent(method);
            } catch (Refusal r) {
                errors.show(r);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(municipality, message, reply, email, phone, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("36rem");
        add(new H1(getTranslation("contact.question.title")), new Paragraph(getTranslation("contact.question.intro")),
                new Paragraph(getTranslation("contact.question.no-name")), form, trap, send,
                new Section(new H2(getTranslation("contact.question.urgent-title")),
                        new Paragraph(getTranslation("contact.question.urgent"))));
    }

    private void showSent(ReplyMethod method) {
        removeAll();
        Button another = new Button(getTranslation("contact.question.another"), e -> showForm());
        add(new H1(getTranslation("contact.question.sent-title")),
                new Paragraph(getTranslation("contact.question.sent." + method)),
                new Paragraph(getTranslation("contact.question.urgent")), another);
    }

    private static String source() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.question.title") + " | " + getTranslation("app.name");
    }
}
