package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.platform.WhoseFilter;
import nl.erkenningsportaal.recognition.LifecycleTasks;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RequestReference;
import nl.erkenningsportaal.recognition.RequestStatus;
import nl.erkenningsportaal.recognition.RequestSummary;
import nl.erkenningsportaal.recognition.WorklistFilter;

/**
 * The officer's worklist of their own municipality: lazy-loaded, oldest first, filters by status and age, counts
 * per status, a search by work name (its blind index) and a search by the reference a worker quotes. No identity here; it opens (audited) on the request
 * page.
 */
@Route("handhaving")
@Menu(title = "recognition.nav.worklist", order = 20)
@RolesAllowed(Roles.OFFICER)
public class WorklistView extends Main implements HasDynamicTitle {

    private final transient OfficerRecognitionService service;
    private final Grid<RequestSummary> grid = new Grid<>();
    private final MultiSelectComboBox<RequestStatus> statuses = new MultiSelectComboBox<>();
    private final IntegerField olderThan = new IntegerField();
    private final TextField workName = new TextField();
    private final HorizontalLayout counts = new HorizontalLayout();
    /**
     * Whose requests: the one "mine / unassigned / everyone's" filter of every assignable list ({@link WhoseFilter}:
     * the browser's own select, four state nodes; radio buttons cost the page's node budget ten).
     */
    private final NativeSelect<Whose> whose = WhoseFilter.create(this::getTranslation, "portal-worklist-whose");

    WorklistView(OfficerRecognitionService service, LifecycleTasks tasks, CurrentUser currentUser, Clock clock) {
        this.service = service;
        addClassName("portal-page");
        long me = currentUser.require().id();
        Map<Long, String> names = new HashMap<>();
        service.colleagues().forEach(c -> names.put(c.id(), c.username()));

        whose.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        statuses.setLabel(getTranslation("recognition.worklist.status"));
        statuses.setItems(RequestStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("recognition.status." + s));
        statuses.setValue(RequestStatus.UNDECIDED);
        // every chosen status shown whole, wrapping onto more lines, not cut to "Inged…" or folded into a count
        statuses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        statuses.setSelectedItemsOnTop(true);
        olderThan.setLabel(getTranslation("recognition.worklist.older-than"));
        olderThan.setMin(0);
        olderThan.setMax(3650);
        statuses.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        olderThan.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        // exactly the work name (case, accents and spaces aside), found by its blind index, never by decrypting
        workName.setLabel(getTranslation("recognition.worklist.work-name"));
        workName.setHelperText(getTranslation("recognition.worklist.work-name-help"));
        workName.setMaxLength(nl.erkenningsportaal.recognition.Limits.WORK_NAME_MAX);
        workName.setClearButtonVisible(true);
        workName.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Instant now = clock.instant();
        grid.addColumn(r -> RequestReference.of(r.id())).setHeader(getTranslation("recognition.worklist.request")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("recognition.status." + r.status()))
                .setHeader(getTranslation("recognition.worklist.status"));
        grid.addColumn(r -> Formats.dateTime(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("recognition.worklist.submitted"));
        grid.addColumn(r -> Duration.between(r.submittedAt(), now).toDays())
                .setHeader(getTranslation("recognition.worklist.age"));
        grid.addColumn(r -> getTranslation("recognition.origin." + r.origin()))
                .setHeader(getTranslation("recognition.worklist.origin"));
        grid.addColumn(r -> AssignmentSection.ownerLabel(this, names, me, r.assigneeId()))
                .setHeader(getTranslation("recognition.worklist.assignee")).setKey("assignee");
        grid.addColumn(r -> r.renewalRequested() ? getTranslation("recognition.worklist.renewal") : "")
                .setHeader(getTranslation("recognition.worklist.note"));
        grid.setItems(query -> service.worklist(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> service.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, e.getItem().id())));
        grid.setAriaLabel(getTranslation("recognition.worklist.title"));
        grid.setEmptyStateText(getTranslation("grid.empty.filter"));
        grid.setHeight("60vh");

        counts.setWrap(true);
        renderCounts();
        add(new H1(getTranslation("recognition.worklist.title")));
        int waiting = tasks.tasks().size();
        if (waiting > 0) {
            // objections, corrections, renewals and transfers on their own page: the worklist stays small
            add(new RouterLink(getTranslation("lifecycle.task.link", waiting), LifecycleWorkView.class));
        }
        add(counts, whose, filters(), grid);
    }

    /**
     * The reference a worker quotes on the phone opens her request (issue 23); a reference whose check digit does not
     * agree says so on the field. Whether the officer may see the request is the service's to decide.
     */
    private TextField referenceSearch() {
        TextField reference = new TextField(getTranslation("recognition.worklist.reference"));
        reference.setHelperText(getTranslation("recognition.worklist.reference-help"));
        reference.setManualValidation(true);
        reference.setClearButtonVisible(true);
        reference.addKeyPressListener(Key.ENTER, e -> {
            if (reference.getValue().isBlank()) {
                return;
            }
            RequestReference.parse(reference.getValue()).ifPresentOrElse(
                    id -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, id)),
                    () -> {
                        reference.setErrorMessage(getTranslation("recognition.worklist.reference-invalid"));
                        reference.setInvalid(true);
                    });
        });
        reference.addValueChangeListener(e -> reference.setInvalid(false));
        return reference;
    }

    private HorizontalLayout filters() {
        HorizontalLayout filters = new HorizontalLayout(statuses, olderThan, workName, referenceSearch());
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private WorklistFilter filter() {
        Set<RequestStatus> chosen = statuses.getValue();
        Whose chosenWhose = whose.getValue();
        return new WorklistFilter(chosen == null ? Set.of() : Set.copyOf(chosen), olderThan.getValue(),
                chosenWhose == null ? Whose.EVERYONE : chosenWhose, workName.getValue());
    }

    private void renderCounts() {
        counts.removeAll();
        for (Map.Entry<RequestStatus, Integer> e : service.countsByStatus().entrySet()) {
            Span badge = new Span(getTranslation("recognition.status." + e.getKey()) + ": " + e.getValue());
            badge.getElement().getThemeList().add("badge contrast");
            counts.add(badge);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.worklist.title") + " | " + getTranslation("app.name");
    }
}
