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
import nl.erkenningsportaal.contact.CareTask;
import nl.erkenningsportaal.contact.CareTaskService;

/**
 * The staff's list of care requests: officers see those for their municipality (all but health), the GGD the health
 * requests of the region. The list shows the topic, language, way of contact and status, never a phone number, an
 * address or her note: those open on the request's own page, which is audited.
 */
@Route("hulpvragen")
@Menu(title = "contact.nav.care-tasks", order = 26)
@RolesAllowed({Roles.OFFICER, Roles.GGD})
@StyleSheet("styles/contact.css")
public class CareTasksView extends Main implements HasDynamicTitle {

    private final transient CareTaskService service;
    private final Div list = new Div();

    CareTasksView(CareTaskService service) {
        this.service = service;
        addClassName("portal-page");
        RadioButtonGroup<Boolean> shown = new RadioButtonGroup<>(getTranslation("contact.tasks.show"));
        shown.setItems(true, false);
        shown.setItemLabelGenerator(open -> getTranslation(open ? "contact.tasks.open" : "contact.tasks.closed"));
        shown.setValue(true);
        shown.addValueChangeListener(e -> show(!Boolean.FALSE.equals(e.getValue())));
        add(new H1(getTranslation("contact.care-tasks.title")),
                new Paragraph(getTranslation("contact.care-tasks.intro")), shown, list);
        show(true);
    }

    private void show(boolean open) {
        list.removeAll();
        List<CareTask> tasks = service.tasks(open);
        if (tasks.isEmpty()) {
            list.add(new Paragraph(getTranslation(open ? "contact.tasks.none-open" : "contact.tasks.none-closed")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("portal-task-list");
        tasks.forEach(t -> items.add(new ListItem(item(t))));
        list.add(items);
    }

    private Component item(CareTask t) {
        RouterLink link = new RouterLink(getTranslation("contact.care-tasks.item", t.id(),
                getTranslation("contact.topic." + t.topic())), CareTaskView.class, t.id());
        Span status = new Span(getTranslation("contact.status." + t.status()));
        status.getElement().getThemeList().add("badge");
        return new Div(link, new Span(" "), status, new Paragraph(getTranslation("contact.care-tasks.line",
                Shown.dateTime(t.createdAt(), getLocale()), Shown.language(t.language(), getLocale()),
                getTranslation("contact.method." + t.method()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.care-tasks.title") + " | " + getTranslation("app.name");
    }
}
