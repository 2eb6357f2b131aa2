package nl.erkenningsportaal.contact.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.erkenningsportaal.contact.AnswerToRead;
import nl.erkenningsportaal.contact.QuestionService;

/**
 * The answer to a question asked without an account, behind the link in the answer mail: her question and the
 * answer, until the question is erased. An unknown or expired link says so plainly (and nothing else).
 */
@Route("antwoord")
@AnonymousAllowed
@StyleSheet("styles/contact.css")
public class AnswerView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient QuestionService service;

    AnswerView(QuestionService service) {
        this.service = service;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Optional<AnswerToRead> answer = service.answer(token);
        if (answer.isEmpty()) {
            add(new H1(getTranslation("contact.answer.title")), new Paragraph(getTranslation("contact.answer.gone")),
                    new RouterLink(getTranslation("contact.answer.ask-again"), QuestionView.class));
            return;
        }
        AnswerToRead a = answer.get();
        Paragraph question = new Paragraph(a.question());
        question.addClassName("portal-task-text");
        Paragraph text = new Paragraph(a.answer());
        text.addClassName("portal-task-text");
        add(new H1(getTranslation("contact.answer.title")),
                new Paragraph(getTranslation("contact.answer.from", a.municipalityName(),
                        Shown.dateTime(a.answeredAt(), getLocale()))),
                new Section(new H2(getTranslation("contact.answer.your-question")), question),
                new Section(new H2(getTranslation("contact.answer.answer")), text),
                new Paragraph(getTranslation("contact.answer.until", Shown.date(a.readableUntil(), getLocale()))),
                new RouterLink(getTranslation("contact.answer.ask-again"), QuestionView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.answer.title") + " | " + getTranslation("app.name");
    }
}
