package nl.erkenningsportaal.signal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.ui.ReasonFields;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.signal.CaseStatus;
import nl.erkenningsportaal.signal.Handover;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalCase;
import nl.erkenningsportaal.signal.SignalService;

/** One signal: indicators, description, notes; escalation (officer); case work and the linked identity (coordinator). */
@Route("signalen/signaal")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
public class SignalView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient SignalService service;
    private final boolean coordinator;
    private final long me;
    private long signalId;

    SignalView(SignalService service, CurrentUser currentUser) {
        this.service = service;
        this.coordinator = currentUser.require().hasRole(Roles.COORDINATOR);
        this.me = currentUser.require().id();
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        signalId = id;
        try {
            render(service.get(id));
        } catch (Refusal r) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(SignalCase s) {
        removeAll();
        add(new H1(getTranslation("signal.case", s.id())), new Paragraph(getTranslation("signal.status") + ": "
                + getTranslation("signal.status." + s.status()) + " — " + getTranslation("signal.urgency") + ": "
                + getTranslation("signal.urgency." + s.urgency())));
        UnorderedList indicators = new UnorderedList();
        for (Indicator i : s.indicators()) {
            indicators.add(new ListItem(getTranslation("signal.indicator." + i)));
        }
        add(new Section(new H2(getTranslation("signal.indicators")), indicators,
                new Paragraph(s.description() == null ? "" : s.description())));
        if (!coordinator && s.status() == CaseStatus.RAISED) {
            Button escalate = new Button(getTranslation("signal.escalate"), e -> act(() -> service.escalate(signalId)));
            escalate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(escalate);
        }
        if (coordinator) {
            Select<CaseStatus> status = new Select<>();
            status.setLabel(getTranslation("signal.status"));
            status.setItems(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.CLOSED);
            status.setItemLabelGenerator(c -> getTranslation("signal.status." + c));
            Button setStatus = new Button(getTranslation("action.save"), e -> {
                if (status.getValue() != null) {
                    act(() -> service.setStatus(signalId, status.getValue()));
                }
            });
            Select<Handover> to = new Select<>();
            to.setLabel(getTranslation("signal.handover"));
            to.setItems(Handover.values());
            to.setItemLabelGenerator(h -> getTranslation("signal.handover." + h));
            DatePicker date = LocalisedPickers.localise(new DatePicker(getTranslation("signal.handover-date")));
            date.setValue(LocalDate.now());
            Button handOver = new Button(getTranslation("signal.hand-over"), e -> {
                if (to.getValue() != null && date.getValue() != null) {
                    act(() -> service.handOver(signalId, to.getValue(), date.getValue()));
                }
            });
            HorizontalLayout statusRow = new HorizontalLayout(status, setStatus);
            statusRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            HorizontalLayout handoverRow = new HorizontalLayout(to, date, handOver);
            handoverRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(new Section(new H2(getTranslation("signal.case-work")), statusRow, handoverRow));
            Map<Long, String> coordinators = new LinkedHashMap<>();
            service.coordinators().forEach(c -> coordinators.put(c.id(), c.username()));
            long caseId = s.id();
            add(new AssignmentSection(coordinators, me,
                    () -> service.get(caseId).assigneeId(), () -> service.assignmentHistory(caseId),
                    assignee -> service.assign(caseId, assignee)));
            if (s.requestId() != null) {
                ReasonFields reason = new ReasonFields(AccessReason.FOR_COORDINATORS);
                UnorderedList identity = new UnorderedList();
                Button open = new Button(getTranslation("signal.identity-open"), e -> reason.value().ifPresent(why -> {
                    try {
                        identity.removeAll();
                        service.linkedIdentity(signalId, why).ifPresent(i -> identity.add(
                                new ListItem(i.legalName()), new ListItem(i.dateOfBirth().toString()),
                                new ListItem(i.nationality()), new ListItem(i.workAddress())));
                    } catch (Refusal r) {
                        if (!reason.show(r)) {
                            error(r);
                        }
                    }
                }));
                add(new Section(new H2(getTranslation("signal.identity")), new Paragraph(getTranslation(
                        "signal.identity-audited")), reason, open, identity));
            }
        }
        UnorderedList notes = new UnorderedList();
        s.notes().forEach(n -> notes.add(new ListItem(n)));
        TextArea note = new TextArea(getTranslation("signal.note"));
        note.setMaxLength(NewSignal.TEXT_MAX);
        note.setWidthFull();
        add(new Section(new H2(getTranslation("signal.notes")), notes, note,
                new Button(getTranslation("signal.add-note"), e -> act(() -> service.addNote(signalId, note.getValue())))));
    }

    private void act(Runnable action) {
        try {
            action.run();
            render(service.get(signalId));
        } catch (Refusal r) {
            error(r);
        }
    }

    /** On the field the refusal names (issue 23); else as a notification. */
    private void error(Refusal r) {
        if (FieldRefusals.showOnField(this, r)) {
            return;
        }
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signal.case", signalId) + " | " + getTranslation("app.name");
    }
}
