package nl.erkenningsportaal.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.contact.CareMessage;
import nl.erkenningsportaal.contact.CareTopic;
import nl.erkenningsportaal.contact.ContactLimits;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.MyCareRequest;
import nl.erkenningsportaal.contact.NewCareRequest;
import nl.erkenningsportaal.contact.TaskStatus;
import nl.erkenningsportaal.contact.WorkerCareService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.CareOfferService;
import nl.erkenningsportaal.recognition.MyIntake;
import org.jspecify.annotations.Nullable;

/**
 * The worker's help page: what she was offered in the intake conversation, a request for contact about her health
 * (the GGD), psychosocial help, debts or leaving sex work (the officers of a municipality), in her language and the way
 * she wants to be reached; and her requests with where they stand and the messages about them.
 */
@Route(CareView.PATH)
@Menu(title = "contact.nav.care", order = 14)
@RolesAllowed(Roles.WORKER)
@StyleSheet("styles/contact.css")
public class CareView extends Main implements HasDynamicTitle {

    static final String PATH = "hulp-vragen";
    static final String HELP_PAGE = "informatie/hulp-en-uitstappen";

    private final transient WorkerCareService service;
    private final transient CareOfferService offers;
    private final Div requests = new Div();

    CareView(WorkerCareService service, CareOfferService offers) {
        this.service = service;
        this.offers = offers;
        addClassName("portal-page");
        Optional<MyIntake> intake = offers.myIntake();
        add(new H1(getTranslation("contact.care.title")), new Paragraph(getTranslation("contact.care.intro")),
                offerSection(intake), askSection(intake), requests);
        showRequests();
    }

    /** What the officer offered in the intake conversation, from the intake checklist. */
    private Component offerSection(Optional<MyIntake> intake) {
        Section section = new Section(new H2(getTranslation("contact.care.offer.title")));
        section.addClassName("portal-care-offer");
        if (intake.isEmpty()) {
            section.add(new Paragraph(getTranslation("contact.care.offer.no-request")));
        } else if (!intake.get().recorded() || intake.get().checklistRecordedAt() == null) {
            section.add(new Paragraph(getTranslation("contact.care.offer.no-intake", intake.get().municipalityName())));
        } else {
            MyIntake i = intake.get();
            String when = Shown.date(i.checklistRecordedAt(), getLocale());
            UnorderedList offered = new UnorderedList();
            if (i.informedAboutGgd()) {
                offered.add(new ListItem(getTranslation("contact.care.offer.ggd")));
            }
            if (i.careOrExitProgrammeOffered()) {
                offered.add(new ListItem(getTranslation("contact.care.offer.care-exit")));
            }
            if (offered.getChildren().findAny().isPresent()) {
                section.add(new Paragraph(getTranslation("contact.care.offer.at-intake", when,
                        i.municipalityName())), offered);
            } else {
                section.add(new Paragraph(getTranslation("contact.care.offer.none", when, i.municipalityName())));
            }
            section.add(new Paragraph(getTranslation("contact.care.offer.still")));
        }
        Anchor helpPage = new Anchor(HELP_PAGE, getTranslation("contact.care.offer.read-more"));
        helpPage.getElement().setAttribute("router-link", true);
        section.add(new Paragraph(helpPage));
        return section;
    }

    private Component askSection(Optional<MyIntake> intake) {
        RadioButtonGroup<CareTopic> topic = new RadioButtonGroup<>(getTranslation("contact.field.topic"));
        topic.setItems(CareTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("contact.topic." + t));
        topic.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        topic.setRequiredIndicatorVisible(true);

        Paragraph who = new Paragraph();
        who.addClassName("portal-care-who");
        who.getElement().setAttribute("aria-live", "polite");

        // radio buttons, not a select: a handful of choices, all visible, and reachable with the keyboard on a phone
        RadioButtonGroup<Municipality> municipality =
                new RadioButtonGroup<>(getTranslation("contact.field.municipality"));
        List<Municipality> participating = service.municipalities();
        municipality.setItems(participating);
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        municipality.setRequiredIndicatorVisible(true);
        intake.flatMap(i -> participating.stream().filter(m -> m.id().equals(i.municipalityId())).findFirst())
                .ifPresent(municipality::setValue);

        ComboBox<String> language = new ComboBox<>(getTranslation("contact.field.language"));
        language.setItems(Shown.LANGUAGES);
        language.setItemLabelGenerator(l -> Shown.language(l, getLocale()));
        language.setValue(Shown.defaultLanguage(getLocale()));

        RadioButtonGroup<ContactMethod> method = new RadioButtonGroup<>(getTranslation("contact.field.method"));
        method.setItems(ContactMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("contact.method." + m));
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setRequiredIndicatorVisible(true);

        TextField phone = new TextField(getTranslation("contact.field.phone"));
        phone.setMaxLength(ContactLimits.PHONE_MAX);
        phone.setHelperText(getTranslation("contact.field.phone-help"));
        phone.setVisible(false);
        EmailField email = new EmailField(getTranslation("contact.field.email"));
        email.setMaxLength(ContactLimits.EMAIL_MAX);
        email.setHelperText(getTranslation("contact.field.email-help"));
        email.setVisible(false);
        method.addValueChangeListener(e -> {
            phone.setVisible(e.getValue() == ContactMethod.PHONE);
            email.setVisible(e.getValue() == ContactMethod.EMAIL);
        });

        TextArea note = new TextArea(getTranslation("contact.field.note"));
        note.setMaxLength(ContactLimits.NOTE_MAX);
        note.setHelperText(getTranslation("contact.field.note-help", ContactLimits.NOTE_MAX));
        note.setWidthFull();

        topic.addValueChangeListener(e -> {
            CareTopic t = e.getValue();
            municipality.setVisible(t == null || !t.forGgd());
            who.setText(t == null ? "" : t.forGgd() ? getTranslation("contact.care.who.ggd")
                    : getTranslation("contact.care.who.officers"));
        });

        Shown.FieldErrors errors = new Shown.FieldErrors(this).on("contact.error.topic", topic)
                .on("contact.error.municipality", municipality).on("contact.error.language", language)
                .on("contact.error.method", method).on("contact.error.phone", phone).on("contact.error.email", email)
                .on("contact.error.note", note);
        Button ask = new Button(getTranslation("contact.care.ask"), e -> {
            errors.clear();
            ContactMethod m = method.getValue();
            String detail = m == ContactMethod.PHONE ? phone.getValue() : m == ContactMethod.EMAIL ? email.getValue()
                    : null;
            try {
                service.ask(new NewCareRequest(topic.getValue(), municipality.getValue() == null ? null
                        : municipality.getValue().id(), language.getValue(), m, detail, note.getValue()));
                Shown.done(this, "contact.care.asked");
                topic.clear();
                method.clear();
                phone.clear();
                email.clear();
                note.clear();
                showRequests();
            } catch (Refusal r) {
                errors.show(r);
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(topic, who, municipality, language, method, phone, email, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("36rem");
        return new Section(new H2(getTranslation("contact.care.ask-title")),
                new Paragraph(getTranslation("contact.care.ask-intro")), form, ask);
    }

    private void showRequests() {
        requests.removeAll();
        List<MyCareRequest> mine = service.myRequests();
        if (mine.isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation("contact.care.mine")));
        mine.forEach(r -> section.add(request(r)));
        requests.add(section);
    }

    private Component request(MyCareRequest r) {
        Span status = new Span(getTranslation("contact.status." + r.status()));
        status.getElement().getThemeList().add("badge" + (r.status() == TaskStatus.CLOSED ? " contrast" : ""));
        Article card = new Article(new H3(getTranslation("contact.topic." + r.topic())), new Paragraph(status,
                new Span(" " + getTranslation("contact.care.asked-on", Shown.dateTime(r.createdAt(), getLocale())))),
                new Paragraph(r.withGgd() ? getTranslation("contact.care.handled-by-ggd")
                        : getTranslation("contact.care.handled-by", nullToEmpty(r.municipalityName()))),
                new Paragraph(getTranslation("contact.care.how", getTranslation("contact.method." + r.method()),
                        Shown.language(r.language(), getLocale()))));
        card.addClassName("portal-task");
        if (!r.messages().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("portal-task-messages");
            for (CareMessage m : r.messages()) {
                list.add(new ListItem(Shown.dateTime(m.at(), getLocale()) + " — " + (m.fromWorker()
                        ? getTranslation("contact.message.from-you")
                        : getTranslation("contact.message.from." + m.authorRole())) + ": " + m.text()));
            }
            card.add(list);
        }
        if (r.status() != TaskStatus.CLOSED) {
            TextArea reply = new TextArea(getTranslation("contact.message.write"));
            reply.setMaxLength(ContactLimits.MESSAGE_MAX);
            reply.setWidthFull();
            Shown.FieldErrors errors = new Shown.FieldErrors(this).on("contact.error.message", reply);
            Button send = new Button(getTranslation("contact.message.send"), e -> {
                try {
                    service.reply(r.id(), reply.getValue());
                    Shown.done(this, "contact.message.sent");
                    showRequests();
                } catch (Refusal x) {
                    errors.show(x);
                }
            });
            Button withdraw = new Button(getTranslation("contact.care.withdraw"), e -> confirmWithdraw(r.id()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(reply, new Div(send, withdraw));
        }
        return card;
    }

    private void confirmWithdraw(long id) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("contact.care.withdraw"));
        dialog.setText(getTranslation("contact.care.withdraw-confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.yes"));
        dialog.addConfirmListener(e -> {
            try {
                service.withdraw(id);
                Shown.done(this, "contact.care.withdrawn");
            } catch (Refusal r) {
                Shown.refusal(this, r);
            }
            showRequests();
        });
        dialog.open();
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.care.title") + " | " + getTranslation("app.name");
    }
}
