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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.platform.WhoseFilter;
import org.jspecify.annotations.Nullable;
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
    /** Officers only: whose requests (the GGD's health requests are not assigned). */
    private final @Nullable NativeSelect<Whose> whose;
    private final Map<Long, String> colleagues = new LinkedHashMap<>();
    private final long me;
    private boolean open = true;

    CareTasksView(CareTaskService service, CurrentUser currentUser) {
        this.service = service;
        SignedInUser user = currentUser.require();
        this.me = user.id();
        if (user.hasRole(Roles.OFFICER)) {
            service.colleagues().forEach(c -> colleagues.put(c.id(), c.username()));
            whose = WhoseFilter.create(this::getTranslation, "portal-care-tasks-whose");
            whose.addValueChangeListener(e -> show(open));
        } else {
            whose = null;
        }
        addClassName("portal-page");
        RadioButtonGroup<Boolean> shown = new RadioButtonGroup<>(getTranslation("contact.tasks.show"));
        shown.setItems(true, false);
        shown.setItemLabelGenerator(open -> getTranslation(open ? "contact.tasks.open" : "contact.tasks.closed"));
        shown.setValue(true);
        shown.addValueChangeListener(e -> show(!Boolean.FALSE.equals(e.getValue())));
        add(new H1(getTranslation("contact.care-tasks.title")),
                new Paragraph(getTranslation("contact.care-tasks.intro")), shown);
        if (whose != null) {
            add(whose);
        }
        add(list);
        show(true);
    }

    private void show(boolean open) {
        this.open = open;
        list.removeAll();
        List<CareTask> tasks = whose == null ? service.tasks(open)
                : service.tasksOf(whose.getValue() == null ? Whose.EVERYONE : whose.getValue(), open);
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
        Paragraph line = new Paragraph(getTranslation("contact.care-tasks.line",
                Shown.dateTime(t.createdAt(), getLocale()), Shown.language(t.language(), getLocale()),
                getTranslation("contact.method." + t.method())));
        if (t.assigneeId() != null) {
            line.add(" · " + getTranslation("assign.title") + ": "
                    + AssignmentSection.ownerLabel(this, colleagues, me, t.assigneeId()));
        }
        return new Div(link, new Span(" "), status, line);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.care-tasks.title") + " | " + getTranslation("app.name");
    }
}
