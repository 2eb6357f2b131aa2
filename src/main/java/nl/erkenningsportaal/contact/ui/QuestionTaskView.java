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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.contact.ContactLimits;
import nl.erkenningsportaal.contact.QuestionDetails;
import nl.erkenningsportaal.contact.QuestionTaskService;
import nl.erkenningsportaal.contact.ReplyMethod;
import nl.erkenningsportaal.platform.Refusal;

/**
 * One question asked without an account, opened (audited): the text, the language and the way to answer. The officer
 * answers by mail (she gets a discreet mail with a link to the answer), records an answer by phone, or closes it
 * without an answer; closing erases her address or number.
 */
@Route("handhaving/vragen/vraag")
@RolesAllowed(Roles.OFFICER)
@StyleSheet("styles/contact.css")
public class QuestionTaskView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient QuestionTaskService service;
    private long id;

    QuestionTaskView(QuestionTaskService service) {
        this.service = service;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long questionId) {
        id = questionId;
        try {
            render(service.open(questionId));
        } catch (Refusal r) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(QuestionDetails d) {
        removeAll();
        Paragraph question = new Paragraph(d.message());
        question.addClassName("portal-task-text");
        UnorderedList facts = new UnorderedList(
                fact("contact.field.received", Shown.dateTime(d.createdAt(), getLocale())),
                fact("contact.field.reply", getTranslation("contact.reply." + d.replyMethod())));
        if (d.replyMethod() != ReplyMethod.NONE) {
            facts.add(fact("contact.field.answer-language", Shown.language(d.language(), getLocale())));
            facts.add(fact(d.replyMethod() == ReplyMethod.PHONE ? "contact.field.phone" : "contact.field.email",
                    d.replyTo() == null ? getTranslation("contact.task.detail-erased") : d.replyTo()));
        }
        if (d.outcome() != null) {
            facts.add(fact("contact.field.outcome", getTranslation("contact.outcome." + d.outcome())));
        }
        facts.add(fact("contact.field.erased-on", Shown.date(d.erasedAfter(), getLocale())));
        add(new H1(getTranslation("contact.question-task.title", d.id())),
                new Paragraph(getTranslation("contact.question-task.audited")),
                new Section(new H2(getTranslation("contact.question-task.question")), question), facts);
        if (d.answer() != null) {
            Paragraph answer = new Paragraph(d.answer());
            answer.addClassName("portal-task-text");
            add(new Section(new H2(getTranslation("contact.question-task.answer")), answer));
        }
        if (!d.closed()) {
            add(actions(d));
        }
        add(new RouterLink(getTranslation("contact.questions.back"), QuestionsView.class));
    }

    private ListItem fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("portal-task-label");
        return new ListItem(label, new Span(value));
    }

    private Component actions(QuestionDetails d) {
        Section section = new Section(new H2(getTranslation("contact.question-task.actions")));
        if (d.replyMethod() == ReplyMethod.EMAIL && d.replyTo() != null) {
            TextArea answer = new TextArea(getTranslation("contact.question-task.answer"));
            answer.setMaxLength(ContactLimits.MESSAGE_MAX);
            answer.setHelperText(getTranslation("contact.question-task.answer-help"));
            answer.setWidthFull();
            Shown.FieldErrors errors = new Shown.FieldErrors(this).on("contact.error.answer", answer);
            Button send = new Button(getTranslation("contact.question-task.send-answer"), e -> {
                try {
                    service.answerByMail(id, answer.getValue());
                    Shown.done(this, "contact.question-task.answered");
                    render(service.open(id));
                } catch (Refusal r) {
                    errors.show(r);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(answer, send);
        }
        if (d.replyMethod() == ReplyMethod.PHONE) {
            section.add(new Paragraph(getTranslation("contact.question-task.call")));
            Button called = new Button(getTranslation("contact.question-task.called"), e -> confirm(
                    "contact.question-task.called-confirm", () -> service.answeredByPhone(id)));
            called.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(called);
        }
        Button close = new Button(getTranslation("contact.question-task.close"), e -> confirm(
                "contact.question-task.close-confirm", () -> service.closeWithoutAnswer(id)));
        section.add(close);
        return section;
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setText(getTranslation(key));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.yes"));
        dialog.addConfirmListener(e -> {
            try {
                action.run();
                Shown.done(this, "contact.question-task.closed");
                render(service.open(id));
            } catch (Refusal r) {
                Shown.refusal(this, r);
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.question-task.title", id) + " | " + getTranslation("app.name");
    }
}
