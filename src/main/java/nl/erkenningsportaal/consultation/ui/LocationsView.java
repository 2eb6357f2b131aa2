package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.erkenningsportaal.platform.GridHeaders;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.Location;
import nl.erkenningsportaal.consultation.LocationOverview;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.platform.Refusal;

/**
 * The GGD's locations: each with its coming sessions, corrected in a dialog, archived (no new series there) after the
 * sessions still planned there are shown, or taken back into use. New locations are made where a series is planned.
 */
@Route("ggd/locaties")
@Menu(title = "consultation.locations.nav", order = 32)
@RolesAllowed(Roles.GGD)
public class LocationsView extends Main implements HasDynamicTitle {

    private final transient GgdConsultationService ggd;
    private final Grid<LocationOverview> grid = new Grid<>();

    LocationsView(GgdConsultationService ggd) {
        this.ggd = ggd;
        addClassName("portal-page");
        // names and addresses wrap, headers too, so the actions stay in view (nothing cut off at 1280 px)
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LocationOverview::name).setHeader(getTranslation("consultation.location-name"))
                .setFlexGrow(2);
        grid.addColumn(LocationOverview::address).setHeader(getTranslation("consultation.location-address"))
                .setFlexGrow(2);
        grid.addColumn(l -> getTranslation(l.archived() ? "consultation.locations.archived"
                : "consultation.locations.in-use"))
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.locations.state"))).setFlexGrow(1);
        grid.addColumn(LocationOverview::comingSessions)
                .setHeader(GridHeaders.wrapping(getTranslation("consultation.locations.coming-sessions")))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("staff.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("consultation.locations.title"));
        add(new H1(getTranslation("consultation.locations.title")),
                new Paragraph(getTranslation("consultation.locations.intro")), grid);
        refresh();
    }

    private HorizontalLayout actions(LocationOverview location) {
        Button change = new Button(getTranslation("consultation.locations.change"), e -> openChange(location));
        change.setAriaLabel(getTranslation("consultation.locations.change-named", location.name()));
        Button archive = location.archived()
                ? new Button(getTranslation("consultation.locations.reopen"), e -> {
                    ggd.reopenLocation(location.id());
                    done("consultation.locations.reopened");
                })
                : new Button(getTranslation("consultation.locations.archive"), e -> openArchive(location));
        archive.setAriaLabel(getTranslation(location.archived() ? "consultation.locations.reopen-named"
                : "consultation.locations.archive-named", location.name()));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(change, archive);
    }

    private void openChange(LocationOverview location) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.locations.change-named", location.name()));
        Location l = location.location();
        TextField name = field("consultation.location-name", Location.NAME_MAX, l.name());
        TextField address = field("consultation.location-address", Location.ADDRESS_MAX, l.address());
        TextField notes = field("consultation.location-accessibility", Location.NOTES_MAX,
                l.accessibilityNotes() == null ? "" : l.accessibilityNotes());
        name.setRequired(true);
        address.setRequired(true);
        Button save = new Button(getTranslation("consultation.rules.save-short"), e -> {
            try {
                ggd.changeLocation(location.id(), name.getValue(), address.getValue(), notes.getValue());
                dialog.close();
                done("consultation.locations.changed");
            } catch (Refusal r) {
                error(r);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, address, notes));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private TextField field(String key, int max, String value) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        f.setValue(value);
        f.setWidthFull();
        return f;
    }

    /** Before archiving: the sessions still planned there, which stay as they are. */
    private void openArchive(LocationOverview location) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.locations.archive-named", location.name()));
        List<SessionSummary> coming = ggd.comingSessionsAt(location.id());
        dialog.add(new Paragraph(getTranslation("consultation.locations.archive-explain")));
        if (coming.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("consultation.locations.no-coming")));
        } else {
            dialog.add(new Paragraph(getTranslation("consultation.locations.still-planned", coming.size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("portal-location-sessions");
            coming.forEach(s -> list.add(new ListItem(ConsultationFormats.date(s.date(), getLocale()) + ", "
                    + ConsultationFormats.time(s.start(), getLocale()) + "–"
                    + ConsultationFormats.time(s.end(), getLocale()) + " (" + s.booked() + "/" + s.capacity() + ")")));
            dialog.add(list);
        }
        Button confirm = new Button(getTranslation("consultation.locations.archive"), e -> {
            ggd.archiveLocation(location.id());
            dialog.close();
            done("consultation.locations.archived-done");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void error(Refusal r) {
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(ggd.locationOverview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.locations.title") + " | " + getTranslation("app.name");
    }
}
