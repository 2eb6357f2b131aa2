package nl.erkenningsportaal.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.contact.CareMessage;
import nl.erkenningsportaal.contact.CareTaskDetails;
import nl.erkenningsportaal.contact.CareTaskService;
import nl.erkenningsportaal.contact.ContactLimits;
import nl.erkenningsportaal.contact.ContactMethod;
import nl.erkenningsportaal.contact.TaskStatus;
import nl.erkenningsportaal.platform.Refusal;

/**
 * One care request, opened (audited): how she wants to be contacted and in which language, the phone number or
 * address while it is open, her note and the messages; a message to her (portal, or portal with a discreet mail to the
 * address she gave), "contact made", and closing, which erases the number or address.
 */
@Route("hulpvragen/hulpvraag")
@RolesAllowed({Roles.OFFICER, Roles.GGD})
@StyleSheet("styles/contact.css")
public class CareTaskView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient CareTaskService service;
    private final transient CurrentUser currentUser;
    private long id;

    CareTaskView(CareTaskService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        id = taskId;
        try {
            render(service.open(taskId));
        } catch (Refusal r) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(CareTaskDetails d) {
        removeAll();
        Span status = new Span(getTranslation("contact.status." + d.status()));
        status.getElement().getThemeList().add("badge");
        UnorderedList facts = new UnorderedList(
                fact("contact.field.topic", getTranslation("contact.topic." + d.topic())),
                fact("contact.field.language", Shown.language(d.language(), getLocale())),
                fact("contact.field.method", getTranslation("contact.method." + d.method())));
        if (d.contactDetail() != null) {
            facts.add(fact(d.method() == ContactMethod.PHONE ? "contact.field.phone" : "contact.field.email",
                    d.contactDetail()));
        } else if (d.method() != ContactMethod.PORTAL) {
            facts.add(fact("contact.field.contact-detail", getTranslation("contact.task.detail-erased")));
        }
        facts.add(fact("contact.field.note", d.note() == null ? "—" : d.note()));
        add(new H1(getTranslation("contact.care-task.title", d.id())), new Paragraph(status, new Span(" "
                + getTranslation("contact.care.asked-on", Shown.dateTime(d.createdAt(), getLocale())))),
                new Paragraph(getTranslation("contact.care-task.audited")), facts);
        SignedInUser me = currentUser.require();
        if (me.hasRole(Roles.OFFICER)) {
            // the officers' requests have an owner among them; the GGD's health requests are not assigned
            Map<Long, String> colleagues = new LinkedHashMap<>();
            service.colleagues().forEach(c -> colleagues.put(c.id(), c.username()));
            long taskId = d.id();
            add(new AssignmentSection(colleagues, me.id(), () -> service.assigneeOf(taskId).orElse(null),
                    () -> service.assignmentHistory(taskId), assignee -> service.assign(taskId, assignee)));
        }
        add(messages(d));
        if (d.status() != TaskStatus.CLOSED) {
            add(actions(d));
        }
        add(new RouterLink(getTranslation("contact.care-tasks.back"), CareTasksView.class));
    }

    private ListItem fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("portal-task-label");
        return new ListItem(label, new Span(value));
    }

    private Component messages(CareTaskDetails d) {
        Section section = new Section(new H2(getTranslation("contact.care-task.messages")));
        if (d.messages().isEmpty()) {
            section.add(new Paragraph(getTranslation("contact.care-task.no-messages")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("portal-task-messages");
            for (CareMessage m : d.messages()) {
                list.add(new ListItem(Shown.dateTime(m.at(), getLocale()) + " — " + (m.fromWorker()
                        ? getTranslation("contact.message.from-worker")
                        : getTranslation("contact.message.from." + m.authorRole())) + ": " + m.text()));
            }
            section.add(list);
        }
        return section;
    }

    private Component actions(CareTaskDetails d) {
        Section section = new Section(new H2(getTranslation("contact.care-task.actions")));
        if (d.method() == ContactMethod.PHONE) {
            section.add(new Paragraph(getTranslation("contact.care-task.call")));
        } else {
            TextArea text = new TextArea(getTranslation("contact.care-task.message"));
            text.setMaxLength(ContactLimits.MESSAGE_MAX);
            text.setHelperText(getTranslation("contact.care-task.message-help"));
            text.setWidthFull();
            Shown.FieldErrors errors = new Shown.FieldErrors(this).on("contact.error.message", text);
            Button send = new Button(getTranslation("contact.message.send"), e -> {
                try {
                    service.sendMessage(id, text.getValue());
                    Shown.done(this, "contact.message.sent");
                    render(service.open(id));
                } catch (Refusal r) {
                    errors.show(r);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(text, send);
        }
        Button contacted = new Button(getTranslation("contact.care-task.contacted"), e -> act(() ->
                service.recordContact(id), "contact.care-task.contacted-done"));
        Button close = new Button(getTranslation("contact.care-task.close"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("contact.care-task.close"));
            dialog.setText(getTranslation("contact.care-task.close-confirm"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("action.yes"));
            dialog.addConfirmListener(c -> act(() -> service.close(id), "contact.care-task.closed"));
            dialog.open();
        });
        HorizontalLayout buttons = new HorizontalLayout(contacted, close);
        buttons.setWrap(true);
        section.add(buttons);
        return section;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Shown.done(this, doneKey);
            render(service.open(id));
        } catch (Refusal r) {
            Shown.refusal(this, r);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.care-task.title", id) + " | " + getTranslation("app.name");
    }
}
