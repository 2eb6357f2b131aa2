package nl.erkenningsportaal.signal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.account.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.platform.WhoseFilter;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.signal.Indicator;
import nl.erkenningsportaal.signal.NewSignal;
import nl.erkenningsportaal.signal.SignalCase;
import nl.erkenningsportaal.signal.SignalService;
import nl.erkenningsportaal.signal.Urgency;

/**
 * Signals: an officer sees their own municipality's signals and raises new ones; the regional coordinator sees the
 * escalated signals of the whole region.
 */
@Route("signalen")
@Menu(title = "signal.nav", order = 24)
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
public class SignalsView extends Main implements HasDynamicTitle {

    private final transient SignalService service;
    private final Grid<SignalCase> grid = new Grid<>();

    SignalsView(SignalService service, CurrentUser currentUser) {
        this.service = service;
        addClassName("portal-page");
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        grid.addColumn(s -> "#" + s.id()).setHeader(getTranslation("signal.number")).setAutoWidth(true);
        grid.addColumn(s -> f.format(s.raisedAt())).setHeader(getTranslation("signal.raised"));
        grid.addColumn(SignalCase::municipalityId).setHeader(getTranslation("signal.municipality"));
        grid.addColumn(s -> getTranslation("signal.urgency." + s.urgency())).setHeader(getTranslation("signal.urgency"));
        grid.addColumn(s -> getTranslation("signal.status." + s.status())).setHeader(getTranslation("signal.status"));
        grid.addColumn(s -> s.indicators().size()).setHeader(getTranslation("signal.indicator-count"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SignalView.class, e.getItem().id())));
        grid.setAriaLabel(getTranslation("signal.title"));
        grid.setEmptyStateText(getTranslation("grid.empty.filter"));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("signal.title")));
        if (currentUser.require().hasRole(Roles.OFFICER)) {
            Button raise = new Button(getTranslation("signal.raise"), e -> raise());
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("signal.intro-officer")), raise);
            add(grid);
            grid.setItems(service.signals());
        } else {
            // the coordinators work the region's cases: each has an owner among them
            long me = currentUser.require().id();
            Map<Long, String> coordinators = new LinkedHashMap<>();
            service.coordinators().forEach(c -> coordinators.put(c.id(), c.username()));
            grid.addColumn(s -> s.assigneeId() == null ? ""
                    : AssignmentSection.ownerLabel(this, coordinators, me, s.assigneeId()))
                    .setHeader(getTranslation("assign.title")).setKey("assignee");
            NativeSelect<Whose> whose = WhoseFilter.create(this::getTranslation, "portal-signals-whose");
            whose.addValueChangeListener(e -> grid.setItems(service.cases(
                    e.getValue() == null ? Whose.EVERYONE : e.getValue())));
            add(new Paragraph(getTranslation("signal.intro-coordinator")), whose, grid);
            grid.setItems(service.cases(Whose.EVERYONE));
        }
    }

    private void raise() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("signal.raise"));
        FormLayout form = new FormLayout();
        List<CheckboxGroup<Indicator>> groups = Arrays.stream(Indicator.Group.values()).map(g -> {
            CheckboxGroup<Indicator> box = new CheckboxGroup<>(getTranslation("signal.group." + g));
            box.setItems(Arrays.stream(Indicator.values()).filter(i -> i.group() == g).toList());
            box.setItemLabelGenerator(i -> getTranslation("signal.indicator." + i));
            form.add(box);
            form.setColspan(box, 2);
            return box;
        }).toList();
        TextArea description = new TextArea(getTranslation("signal.description"));
        description.setMaxLength(NewSignal.TEXT_MAX);
        Select<Urgency> urgency = new Select<>();
        urgency.setLabel(getTranslation("signal.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setValue(Urgency.MEDIUM);
        urgency.setItemLabelGenerator(u -> getTranslation("signal.urgency." + u));
        IntegerField request = new IntegerField(getTranslation("signal.request-id"));
        request.setHelperText(getTranslation("signal.request-id-help"));
        form.add(description, urgency, request);
        dialog.add(form);
        Button save = new Button(getTranslation("signal.raise"), e -> {
            Set<Indicator> chosen = EnumSet.noneOf(Indicator.class);
            groups.forEach(g -> chosen.addAll(new HashSet<>(g.getValue())));
            try {
                long id = service.raise(new NewSignal(request.getValue() == null ? null : request.getValue().longValue(),
                        null, chosen, description.getValue(), urgency.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(SignalView.class, id));
            } catch (Refusal r) {
                // on the field it names, the dialog staying open (issue 23)
                if (!FieldRefusals.showOnField(dialog, r)) {
                    Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signal.title") + " | " + getTranslation("app.name");
    }
}
