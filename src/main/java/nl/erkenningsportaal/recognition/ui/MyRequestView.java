package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ConsentStatus;
import nl.erkenningsportaal.recognition.CorrectionService;
import nl.erkenningsportaal.recognition.HistoryEntry;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.Message;
import nl.erkenningsportaal.recognition.MoveService;
import nl.erkenningsportaal.recognition.MyRequest;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.Objection;
import nl.erkenningsportaal.recognition.ObjectionService;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import nl.erkenningsportaal.recognition.RenewalPhase;
import nl.erkenningsportaal.recognition.RenewalService;
import nl.erkenningsportaal.recognition.RequestReference;
import nl.erkenningsportaal.recognition.RequestStatus;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.jspecify.annotations.Nullable;

/**
 * The worker's own page: the request form when there is no open request, otherwise the status in plain words, the
 * intake appointment, the number and its validity, the history, messages with the officers, and what the worker
 * can do (withdraw, report an end, withdraw consent); what comes after the first request (objection, renewal, moving,
 * corrections) is {@link MyLifecycle}.
 */
@Route("mijn-aanvraag")
@Menu(title = "recognition.nav.my-request", order = 10)
@RolesAllowed(Roles.WORKER)
public class MyRequestView extends Main implements HasDynamicTitle {

    private final transient WorkerRecognitionService service;
    private final transient MyLifecycle.Services lifecycle;
    private final transient Clock clock;

    MyRequestView(WorkerRecognitionService service, ObjectionService objections, MoveService moves,
            CorrectionService corrections, RenewalService renewals, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.lifecycle = new MyLifecycle.Services(objections, moves, corrections, renewals);
        addClassName("portal-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("recognition.my.title")));
        Optional<MyRequest> request = service.myRequest();
        if (request.isPresent() && RequestStatus.OPEN.contains(request.get().status())) {
            showStatus(request.get());
        } else {
            request.ifPresent(r -> add(new Paragraph(getTranslation("recognition.my.previous",
                    getTranslation("recognition.status." + r.status())))));
            // a decision against her wish (with how to object), a renewal in the grace period
            request.ifPresent(r -> add(new MyLifecycle(lifecycle, r.status(), this::render)));
            if (waitingOnDecision()) {
                // a new request would take the place of the one her objection or renewal is about
                add(new Paragraph(getTranslation("lifecycle.my.form-later")));
            } else if (service.consentStatus() == ConsentStatus.NONE) {
                // she withdrew her consent (which erased her request): a new request starts with consent again
                add(new Paragraph(getTranslation("recognition.my.consent-needed")),
                        new RouterLink(getTranslation("recognition.consent.give"), ConsentView.class));
            } else {
                showForm();
            }
        }
    }

    /** Her objection is still open, or she can still renew (or asked to): no new request meanwhile. */
    private boolean waitingOnDecision() {
        return lifecycle.objections().myObjection().filter(Objection::open).isPresent()
                || lifecycle.renewals().myRenewal().filter(r -> r.phase() == RenewalPhase.OPEN
                        || r.phase() == RenewalPhase.ASKED).isPresent();
    }

    private void showForm() {
        add(new Paragraph(getTranslation("recognition.form.intro")));
        IdentityForm form = new IdentityForm(clock);
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("recognition.field.municipality"));
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setHelperText(getTranslation("recognition.help.municipality"));
        municipality.setVisible(false);
        form.postcode.addValueChangeListener(e -> {
            List<Municipality> options = service.municipalitiesForPostcode(e.getValue());
            municipality.setItems(options);
            municipality.setVisible(options.size() > 1);
        });
        form.add(municipality);
        Button submit = new Button(getTranslation("recognition.form.submit"), e -> {
            Identity identity = form.identity();
            if (identity == null) {
                return;
            }
            try {
                service.submit(new NewRequest(identity, municipality.getValue() == null ? null
                        : municipality.getValue().id()));
                Refusals.done(this, "recognition.form.sent");
                render();
            } catch (Refusal r) {
                if ("recognition.error.under-18".equals(r.messageKey())) {
                    underEighteen();
                } else {
                    Refusals.show(this, r);
                }
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("recognition.form.no-document")), form, submit);
    }

    /** Kind words and where to get help; nothing was stored. */
    private void underEighteen() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("recognition.under-18.title"));
        dialog.setText(getTranslation("recognition.under-18.text"));
        dialog.setConfirmText(getTranslation("action.close"));
        dialog.open();
    }

    private void showStatus(MyRequest r) {
        // a reference she can quote on the phone (issue 23)
        Paragraph reference = new Paragraph(getTranslation("recognition.my.reference", RequestReference.of(r.id())));
        reference.addClassName("portal-reference");
        Section status = new Section(new H2(getTranslation("recognition.my.status")),
                badge(r.status()), new Paragraph(getTranslation("recognition.explain." + r.status())), reference);
        add(status);
        if (r.intakeAt() != null && r.status() == RequestStatus.INTAKE_PLANNED) {
            String place = r.intakePlace() == IntakePlace.AT_WORK_ADDRESS
                    ? getTranslation("recognition.intake-place.AT_WORK_ADDRESS")
                    : nullToEmpty(r.intakePlaceText());
            add(new Section(new H2(getTranslation("recognition.my.intake")), new Paragraph(getTranslation(
                    "recognition.my.intake-at", Formats.dateTime(r.intakeAt(), getLocale()), place))));
        }
        if (r.number() != null) {
            Span number = new Span(RecognitionNumber.grouped(r.number()));
            number.addClassName("portal-secret");
            add(new Section(new H2(getTranslation("recognition.my.number")), number,
                    new Paragraph(getTranslation("recognition.my.valid-until", Formats.date(r.validUntil(),
                            getLocale()), r.municipalityName())),
                    new RouterLink(getTranslation("recognition.card.open"), RecognitionCardView.class)));
        }
        add(new MyLifecycle(lifecycle, r.status(), this::render), history(r.history()), messages(r.messages()),
                actions(r));
    }

    private Component badge(RequestStatus status) {
        Span badge = new Span(getTranslation("recognition.status." + status));
        badge.getElement().getThemeList().add("badge " + (status == RequestStatus.RECOGNISED ? "success" : ""));
        return badge;
    }

    private Component history(List<HistoryEntry> history) {
        OrderedList list = new OrderedList();
        for (HistoryEntry h : history) {
            list.add(new ListItem(Formats.dateTime(h.at(), getLocale()) + " — "
                    + getTranslation("recognition.history." + h.kind())));
        }
        return new Section(new H2(getTranslation("recognition.my.history")), list);
    }

    private Component messages(List<Message> messages) {
        UnorderedList list = new UnorderedList();
        for (Message m : messages) {
            list.add(new ListItem(Formats.dateTime(m.at(), getLocale()) + " — " + getTranslation(m.fromWorker()
                    ? "recognition.message.from-you" : "recognition.message.from-officer") + ": " + m.text()));
        }
        TextArea text = new TextArea(getTranslation("recognition.message.write"));
        text.setMaxLength(Limits.MESSAGE_MAX);
        text.setHelperText(getTranslation("recognition.help.max", Limits.MESSAGE_MAX));
        text.setWidthFull();
        Button send = new Button(getTranslation("recognition.message.send"), e -> act(() -> service.sendMessage(
                text.getValue()), "recognition.message.sent"));
        Div box = new Div(list, text, send);
        return new Section(new H2(getTranslation("recognition.my.messages")), box);
    }

    private Component actions(MyRequest r) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (r.status() == RequestStatus.RECOGNISED) {
            buttons.add(new Button(getTranslation("recognition.action.stopped"),
                    e -> confirm("recognition.action.stopped-confirm", () -> act(service::reportStopped,
                            "recognition.action.reported"))));
        } else {
            buttons.add(new Button(getTranslation("recognition.action.withdraw"),
                    e -> confirm("recognition.action.withdraw-confirm", () -> act(service::withdraw,
                            "recognition.action.withdrawn"))));
        }
        Button erase = new Button(getTranslation("recognition.action.erase"),
                e -> confirm("recognition.action.erase-confirm", () -> act(service::withdrawConsentAndErase,
                        "recognition.action.erased")));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(erase);
        return new Section(new H2(getTranslation("recognition.my.actions")), buttons);
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setText(getTranslation(key));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.yes"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Refusals.done(this, doneKey);
            render();
        } catch (Refusal r) {
            Refusals.show(this, r);
        }
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.my.title") + " | " + getTranslation("app.name");
    }
}
