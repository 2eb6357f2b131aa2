package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who owns an item (a visit's follow-up, a care request, a signal case) and its assignment history, shared by every
 * assignable item's page: a choice among the colleagues the service allows (or nobody), "assign to me", and the
 * history of changes, newest last. The service decides; a refusal is shown and changes nothing.
 */
public class AssignmentSection extends Section {

    private final Map<Long, String> colleagues;
    private final long me;
    private final SerializableSupplier<@Nullable Long> current;
    private final SerializableSupplier<List<AssignmentChange>> history;
    private final SerializableConsumer<@Nullable Long> assign;

    /**
     * @param colleagues whom the item can go to, id to login name, in the order shown
     * @param me the signed-in staff member's id
     * @param current who owns the item now (null: nobody)
     * @param history the item's assignment history, oldest first
     * @param assign gives the item to an id, or with null releases it (the service's method)
     */
    public AssignmentSection(Map<Long, String> colleagues, long me, SerializableSupplier<@Nullable Long> current,
            SerializableSupplier<List<AssignmentChange>> history, SerializableConsumer<@Nullable Long> assign) {
        this.colleagues = colleagues;
        this.me = me;
        this.current = current;
        this.history = history;
        this.assign = assign;
        addClassName("portal-assignment");
        render();
    }

    /** Draws the section anew from the item as it is now; returns the select of who has it. */
    private Select<Long> render() {
        removeAll();
        Select<Long> assignee = new Select<>();
        assignee.setLabel(getTranslation("assign.label"));
        assignee.setItems(new ArrayList<>(colleagues.keySet()));
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption(getTranslation("assign.nobody"));
        assignee.setItemLabelGenerator(this::name);
        Long owner = current.get();
        assignee.setValue(owner != null && colleagues.containsKey(owner) ? owner : null);
        assignee.addClassName("portal-assignee");
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(e.getValue());
            }
        });
        Button toMe = new Button(getTranslation("assign.to-me"), e -> change(me));
        toMe.addClassName("portal-assign-to-me");
        toMe.setEnabled(owner == null || owner != me);
        add(new H2(getTranslation("assign.title")),
                new HorizontalLayout(FlexComponent.Alignment.BASELINE, assignee, toMe));
        List<AssignmentChange> changes = history.get();
        if (!changes.isEmpty()) {
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
            UnorderedList list = new UnorderedList();
            list.addClassName("portal-assignment-history");
            for (AssignmentChange c : changes) {
                list.add(new ListItem(c.assigneeId() == null
                        ? getTranslation("assign.history.released", f.format(c.changedAt()), name(c.changedBy()))
                        : getTranslation("assign.history.assigned", f.format(c.changedAt()), name(c.assigneeId()),
                                name(c.changedBy()))));
            }
            add(new Paragraph(getTranslation("assign.history")), list);
        }
        return assignee;
    }

    private String name(@Nullable Long id) {
        if (id == null) {
            return getTranslation("assign.nobody");
        }
        String name = colleagues.getOrDefault(id, getTranslation("assign.former-colleague"));
        return id == me ? getTranslation("assign.me", name) : name;
    }

    private void change(@Nullable Long assigneeId) {
        try {
            assign.accept(assigneeId);
            Notification.show(getTranslation("assign.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Refusal r) {
            Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        // the section is built anew: the keyboard stays on who has the item now instead of falling to the page
        render().focus();
    }

    /** The name to show for an owner in a list: "me" marked, nobody empty. */
    public static String ownerLabel(com.vaadin.flow.component.Component view, Map<Long, String> colleagues, long me,
            @Nullable Long owner) {
        if (owner == null) {
            return view.getTranslation("assign.nobody");
        }
        String name = colleagues.getOrDefault(owner, view.getTranslation("assign.former-colleague"));
        return owner == me ? view.getTranslation("assign.me", name) : name;
    }
}
