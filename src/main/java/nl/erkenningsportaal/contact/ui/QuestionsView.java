package nl.erkenningsportaal.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.contact.QuestionTask;
import nl.erkenningsportaal.contact.QuestionTaskService;

/**
 * The outreach team's list of questions asked without an account, of the officer's own municipality: when, the
 * language and how she wants an answer; the text and the way to reach her open on the question's page (audited).
 */
@Route("handhaving/vragen")
@Menu(title = "contact.nav.questions", order = 25)
@RolesAllowed(Roles.OFFICER)
@StyleSheet("styles/contact.css")
public class QuestionsView extends Main implements HasDynamicTitle {

    private final transient QuestionTaskService service;
    private final Div list = new Div();

    QuestionsView(QuestionTaskService service) {
        this.service = service;
        addClassName("portal-page");
        RadioButtonGroup<Boolean> shown = new RadioButtonGroup<>(getTranslation("contact.tasks.show"));
        shown.setItems(true, false);
        shown.setItemLabelGenerator(open -> getTranslation(open ? "contact.tasks.open" : "contact.tasks.closed"));
        shown.setValue(true);
        shown.addValueChangeListener(e -> show(!Boolean.FALSE.equals(e.getValue())));
        add(new H1(getTranslation("contact.questions.title")),
                new Paragraph(getTranslation("contact.questions.intro")), shown, list);
        show(true);
    }

    private void show(boolean open) {
        list.removeAll();
        List<QuestionTask> questions = service.questions(open);
        if (questions.isEmpty()) {
            list.add(new Paragraph(getTranslation(open ? "contact.tasks.none-open" : "contact.tasks.none-closed")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("portal-task-list");
        questions.forEach(q -> items.add(new ListItem(item(q))));
        list.add(items);
    }

    private Component item(QuestionTask q) {
        RouterLink link = new RouterLink(getTranslation("contact.questions.item", q.id(),
                Shown.dateTime(q.createdAt(), getLocale())), QuestionTaskView.class, q.id());
        Span how = new Span(q.outcome() != null ? getTranslation("contact.outcome." + q.outcome())
                : getTranslation("contact.reply." + q.replyMethod()));
        how.getElement().getThemeList().add("badge");
        return new Div(link, new Span(" "), how, new Paragraph(getTranslation("contact.questions.line",
                Shown.language(q.language(), getLocale()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.questions.title") + " | " + getTranslation("app.name");
    }
}
