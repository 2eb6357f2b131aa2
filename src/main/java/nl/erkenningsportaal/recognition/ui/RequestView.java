package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.ui.ReasonFields;
import nl.erkenningsportaal.platform.AssignmentSection;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ConsentRecord;
import nl.erkenningsportaal.recognition.CorrectionService;
import nl.erkenningsportaal.recognition.Correspondence;
import nl.erkenningsportaal.recognition.ReasonCatalogueService;
import nl.erkenningsportaal.recognition.ReasonEntry;
import nl.erkenningsportaal.recognition.ReasonKind;
import nl.erkenningsportaal.recognition.HistoryEntry;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.Message;
import nl.erkenningsportaal.recognition.MoveService;
import nl.erkenningsportaal.recognition.Note;
import nl.erkenningsportaal.recognition.ObjectionService;
import nl.erkenningsportaal.recognition.AccessRecoveryService;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionNumber;
import nl.erkenningsportaal.recognition.RenewalService;
import nl.erkenningsportaal.recognition.RequestDetails;
import nl.erkenningsportaal.recognition.RequestReference;
import nl.erkenningsportaal.recognition.RequestStatus;
import org.jspecify.annotations.Nullable;

/**
 * One request, for an officer of its municipality: the number, status, intake and history. The identity, and the
 * messages and notes (which hold names and phone numbers), stay closed until the officer chooses a reason; each
 * opening writes an audit entry with it. The worker's rights (a copy of her data, erasure) can be carried out here
 * at her request. A request of another municipality, or one that does not exist, shows "not found".
 */
@Route("handhaving/aanvraag")
@RolesAllowed(Roles.OFFICER)
public class RequestView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient OfficerRecognitionService service;
    private final transient ReasonCatalogueService reasons;
    private final transient AccessRecoveryService recovery;
    private final transient CurrentUser currentUser;
    private final ReasonFields reason = new ReasonFields(AccessReason.FOR_OFFICERS);
    private final Div identityHolder = new Div();
    private boolean identityOpen;
    /** The messages and notes once opened (with a reason), and what the officer wrote since. */
    private boolean correspondenceOpen;
    private final List<Message> messages = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private long requestId;

    private final transient RequestLifecycle.Services lifecycle;
    private final transient Clock clock;
    /** The request's history as last drawn, to draw it again after an assignment. */
    private Component timeline = new Section();

    RequestView(OfficerRecognitionService service, ObjectionService objections, CorrectionService corrections,
            RenewalService renewals, MoveService moves, AccessRecoveryService recovery, CurrentUser currentUser,
            ReasonCatalogueService reasons, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.reasons = reasons;
        this.lifecycle = new RequestLifecycle.Services(objections, corrections, renewals, moves, reasons, clock);
        this.recovery = recovery;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        requestId = id;
        try {
            render(service.details(id));
        } catch (Refusal r) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(RequestDetails d) {
        removeAll();
        add(new H1(getTranslation("recognition.request.title", RequestReference.of(d.id()))));
        Span status = new Span(getTranslation("recognition.status." + d.status()));
        status.getElement().getThemeList().add("badge");
        add(new Paragraph(status, new Span(" " + getTranslation("recognition.request.submitted",
                Formats.dateTime(d.submittedAt(), getLocale()), getTranslation("recognition.origin." + d.origin())))));
        if (d.possibleDuplicates() > 0) {
            Paragraph warning = new Paragraph(getTranslation("recognition.request.duplicates", d.possibleDuplicates()));
            warning.addClassName("portal-warning");
            add(warning);
        }
        if (d.number() != null) {
            add(new Paragraph(getTranslation("recognition.request.number", RecognitionNumber.grouped(d.number()),
                    Formats.date(d.validUntil(), getLocale()))));
        }
        if (d.renewalRequested()) {
            add(new Paragraph(getTranslation("recognition.worklist.renewal")));
        }
        ConsentRecord consent = d.consent();
        if (consent != null) {
            add(new Paragraph(consent.informedIn() == null
                    ? getTranslation("recognition.request.consent", consent.statementVersion(),
                            Formats.dateTime(consent.at(), getLocale()))
                    : getTranslation("recognition.request.consent-at-door", consent.statementVersion(),
                            Formats.dateTime(consent.at(), getLocale()),
                            getTranslation("language." + consent.informedIn().getLanguage()))));
        }
        add(assignmentSection(), openingSection(), identitySection(), actions(d),
                new RequestLifecycle(lifecycle, d, reason, () -> render(service.details(requestId))),
                intakeSection(d), timeline = timeline(d), messagesSection(),
                notesSection(), rightsSection(d));
    }

    /**
     * Who owns the request: the one {@link AssignmentSection} of every assignable item (an officer of the municipality
     * chosen from a list, the signed-in officer marked, "assign to me", or released) with the request's assignment
     * history. Each change is also in the request's history and the audit trail, and the new owner is alerted; the
     * history below is drawn again to show it. Only the history: the section draws itself anew and keeps the keyboard
     * on who has the request, which drawing the whole page again would take away (and an opened identity with it).
     */
    private Component assignmentSection() {
        Map<Long, String> colleagues = new LinkedHashMap<>();
        service.colleagues().forEach(c -> colleagues.put(c.id(), c.username()));
        return new AssignmentSection(colleagues, currentUser.require().id(),
                () -> service.assigneeOf(requestId).orElse(null), () -> service.assignmentHistory(requestId),
                assigneeId -> {
                    service.assign(requestId, assigneeId);
                    Component fresh = timeline(service.details(requestId));
                    replace(timeline, fresh);
                    timeline = fresh;
                });
    }

    /**
     * Why the officer opens this file: chosen once, used for each opening (identity, messages and notes), each
     * audited with it. The fields keep their value while the page is open.
     */
    private Component openingSection() {
        Button identity = new Button(getTranslation("recognition.request.show-identity"), e -> openIdentity());
        Button messagesAndNotes = new Button(getTranslation("recognition.request.show-messages"),
                e -> openCorrespondence());
        HorizontalLayout buttons = new HorizontalLayout(identity, messagesAndNotes);
        buttons.setWrap(true);
        return new Section(new H2(getTranslation("recognition.request.why")),
                new Paragraph(getTranslation("recognition.request.identity-audited")), reason, buttons);
    }

    private void openIdentity() {
        reason.value().ifPresent(why -> {
            try {
                Identity opened = service.revealIdentity(requestId, why);
                identityOpen = true;
                identityHolder.removeAll();
                identityHolder.add(identity(opened));
            } catch (Refusal r) {
                if (!reason.show(r)) {
                    Refusals.show(this, r);
                }
            }
        });
    }

    private void openCorrespondence() {
        reason.value().ifPresent(why -> {
            try {
                Correspondence opened = service.openCorrespondence(requestId, why);
                correspondenceOpen = true;
                messages.clear();
                messages.addAll(opened.messages());
                notes.clear();
                notes.addAll(opened.notes());
                render(service.details(requestId));
            } catch (Refusal r) {
                if (!reason.show(r)) {
                    Refusals.show(this, r);
                }
            }
        });
    }

    private Component identitySection() {
        if (!identityOpen) {
            identityHolder.removeAll();
            identityHolder.add(new Paragraph(getTranslation("recognition.request.identity-closed")));
        }
        return new Section(new H2(getTranslation("recognition.request.identity")), identityHolder);
    }

    private Component identity(Identity i) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList(
                item("recognition.field.legal-name", i.legalName()),
                item("recognition.field.date-of-birth", Formats.date(i.dateOfBirth(), locale)),
                item("recognition.field.nationality", Locale.of("", i.nationality()).getDisplayCountry(locale)),
                item("recognition.request.work-address", i.workAddress()),
                item("recognition.field.phone", i.phone() == null ? "—" : i.phone()),
                item("recognition.field.work-name", i.workName() == null ? "—" : i.workName()),
                item("recognition.field.languages", String.join(", ", i.languages().stream()
                        .map(l -> Locale.of(l).getDisplayLanguage(locale)).toList())),
                item("recognition.field.contact", getTranslation("recognition.contact." + i.preferredContact())));
        return list;
    }

    private ListItem item(String key, String value) {
        return new ListItem(getTranslation(key) + ": " + value);
    }

    private Component actions(RequestDetails d) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        Paragraph next = null;
        if (RequestStatus.UNDECIDED.contains(d.status())) {
            // the steps in order (issue 23): plan the talk, record it, then decide. The next step is the primary
            // button and is named above the buttons; recognising is offered once the recorded talk allows it,
            // instead of being refused when it comes too early
            Button plan = new Button(getTranslation("recognition.action.plan-intake"), e -> planIntake());
            Button record = new Button(getTranslation("recognition.action.checklist"), e -> checklist(d));
            Button recognise = new Button(getTranslation("recognition.action.recognise"),
                    e -> act(() -> service.recognise(requestId), "recognition.action.recognised"));
            boolean ready = d.checklist() != null && d.checklist().allowsRecognition();
            recognise.setEnabled(ready);
            String step = ready ? "decide" : d.intakeAt() == null && d.checklist() == null ? "plan" : "record";
            (switch (step) {
                case "plan" -> plan;
                case "record" -> record;
                default -> recognise;
            }).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next = new Paragraph(getTranslation("recognition.request.next." + step));
            next.addClassName("portal-next-step");
            buttons.add(plan, record, recognise);
            buttons.add(new Button(getTranslation("recognition.action.ask-more"), e -> askMore()));
            Button decline = new Button(getTranslation("recognition.action.decline"), e -> decline());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(decline);
        } else if (d.status() == RequestStatus.RECOGNISED) {
            buttons.add(new Button(getTranslation("recognition.action.checklist"), e -> checklist(d)));
            buttons.add(new Button(getTranslation("recognition.action.end"), e -> end()));
            if (!d.hasOnlineAccount()) {
                buttons.add(new Button(getTranslation("recognition.action.new-code"), e -> {
                    try {
                        String code = service.newActivationCode(requestId);
                        Dialog dialog = new Dialog(new Paragraph(getTranslation("recognition.door.code-once")),
                                secret(code));
                        dialog.setHeaderTitle(getTranslation("recognition.activate.code"));
                        dialog.getFooter().add(new Button(getTranslation("action.close"), x -> dialog.close()));
                        dialog.open();
                    } catch (Refusal r) {
                        Refusals.show(this, r);
                    }
                }));
            }
        }
        if (d.hasOnlineAccount()) {
            // recovery without e-mail (issue 19): she forgot her password and came in person
            buttons.add(new Button(getTranslation("recovery.officer.button"),
                    e -> new RecoveryCodeDialog(recovery, requestId).open()));
        }
        Section section = new Section(new H2(getTranslation("recognition.request.actions")));
        if (next != null) {
            section.add(next);
        }
        section.add(buttons);
        return section;
    }

    private Component intakeSection(RequestDetails d) {
        Section s = new Section(new H2(getTranslation("recognition.my.intake")));
        if (d.intakeAt() != null) {
            s.add(new Paragraph(getTranslation("recognition.my.intake-at", Formats.dateTime(d.intakeAt(), getLocale()),
                    d.intakePlace() == IntakePlace.AT_WORK_ADDRESS || d.intakePlaceText() == null
                            ? getTranslation("recognition.intake-place." + d.intakePlace()) : d.intakePlaceText())));
        }
        IntakeChecklist c = d.checklist();
        if (c != null) {
            UnorderedList items = new UnorderedList(
                    check("recognition.checklist.rules", c.informedAboutRules()),
                    check("recognition.checklist.ggd", c.informedAboutGgd()),
                    check("recognition.checklist.document", c.identityDocumentChecked()),
                    check("recognition.checklist.voluntary", c.worksVoluntarily()),
                    check("recognition.checklist.care", c.careOrExitProgrammeOffered()));
            d.extraChecklist().forEach(a -> items.add(ExtraChecklist.shown(a, this, getLocale())));
            s.add(items);
        } else {
            s.add(new Paragraph(getTranslation("recognition.checklist.none")));
        }
        if (d.declineReason() != null) {
            s.add(new Paragraph((d.declineReasonEntry() != null
                    ? d.declineReasonEntry().shownIn(getLocale(), this::getTranslation)
                    : getTranslation("recognition.decline." + d.declineReason())) + " "
                    + (d.declineText() == null ? "" : d.declineText())));
        }
        if (d.endReason() != null) {
            s.add(new Paragraph(d.endReasonEntry() != null
                    ? d.endReasonEntry().shownIn(getLocale(), this::getTranslation)
                    : getTranslation("recognition.end." + d.endReason())));
        }
        return s;
    }

    private ListItem check(String key, boolean value) {
        return new ListItem(getTranslation(key) + ": " + getTranslation(value ? "action.yes" : "action.no"));
    }

    private Component timeline(RequestDetails d) {
        OrderedList list = new OrderedList();
        for (HistoryEntry h : d.history()) {
            list.add(new ListItem(Formats.dateTime(h.at(), getLocale()) + " — "
                    + getTranslation("recognition.history." + h.kind()) + " ("
                    + getTranslation("role." + h.actorRole()) + ")"));
        }
        return new Section(new H2(getTranslation("recognition.my.history")), list);
    }

    private Component messagesSection() {
        Section section = new Section(new H2(getTranslation("recognition.my.messages")),
                new Paragraph(getTranslation("recognition.message.discreet")));
        if (!correspondenceOpen) {
            section.add(new Paragraph(getTranslation("recognition.request.messages-closed")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Message m : messages) {
                list.add(new ListItem(Formats.dateTime(m.at(), getLocale()) + " — " + getTranslation(m.fromWorker()
                        ? "recognition.message.from-worker" : "recognition.message.from-officers") + ": " + m.text()));
            }
            section.add(list);
        }
        TextArea text = textArea("recognition.message.write");
        Button send = new Button(getTranslation("recognition.message.send"), e -> act(() -> {
            String sent = service.sendMessage(requestId, text.getValue());
            if (correspondenceOpen) {
                messages.add(new Message(0, clock.instant(), false, sent));
            }
        }, "recognition.message.sent"));
        section.add(text, send);
        return section;
    }

    private Component notesSection() {
        Section section = new Section(new H2(getTranslation("recognition.note.title")));
        if (!correspondenceOpen) {
            section.add(new Paragraph(getTranslation("recognition.request.notes-closed")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Note n : notes) {
                list.add(new ListItem(Formats.dateTime(n.at(), getLocale()) + " — " + n.text()));
            }
            section.add(list);
        }
        TextArea text = textArea("recognition.note.write");
        Button add = new Button(getTranslation("recognition.note.add"), e -> act(() -> {
            Note added = service.addNote(requestId, text.getValue());
            if (correspondenceOpen) {
                notes.addFirst(added);
            }
        }, "recognition.note.added"));
        section.add(text, add);
        return section;
    }

    /**
     * The worker's rights carried out at her request, for a worker without an account too: a copy of her data, or
     * erasure. Each asks how she asked and whether her identity document was checked, and is audited.
     */
    private Component rightsSection(RequestDetails d) {
        Button export = new Button(getTranslation("recognition.rights.export"), e -> rightsDialog(false));
        Button erase = new Button(getTranslation("recognition.rights.erase"), e -> rightsDialog(true));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(export, erase);
        buttons.setWrap(true);
        Section section = new Section(new H2(getTranslation("recognition.rights.title")),
                new Paragraph(getTranslation(d.hasOnlineAccount() ? "recognition.rights.intro-account"
                        : "recognition.rights.intro")), buttons);
        if ("DOOR".equals(d.origin()) && !d.hasOnlineAccount()) {
            section.add(new Paragraph(getTranslation("recognition.letter.again-intro")),
                    new RouterLink(getTranslation("recognition.letter.again"), DoorLetterView.class, requestId));
        }
        return section;
    }

    private void rightsDialog(boolean erasure) {
        Dialog dialog = new Dialog();
        dialog.setMaxWidth("48rem");
        dialog.setHeaderTitle(getTranslation(erasure ? "recognition.rights.erase" : "recognition.rights.export"));
        RightsFields fields = new RightsFields();
        dialog.add(new Paragraph(getTranslation(erasure ? "recognition.rights.erase-explain"
                : "recognition.rights.export-explain")), fields);
        Button confirm = new Button(getTranslation(erasure ? "recognition.rights.erase-confirm"
                : "recognition.rights.export-confirm"), e -> fields.value().ifPresent(request -> {
                    try {
                        if (erasure) {
                            int erased = service.eraseForWorker(requestId, request);
                            dialog.close();
                            Notification.show(getTranslation("recognition.rights.erased", erased), 8000,
                                    Notification.Position.TOP_CENTER)
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            getUI().ifPresent(ui -> ui.navigate(WorklistView.class));
                        } else {
                            String json = service.exportForWorker(requestId, request);
                            dialog.removeAll();
                            dialog.getFooter().removeAll();
                            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                                    "gegevens-" + requestId + ".json", "application/json", -1)),
                                    getTranslation("recognition.rights.download"));
                            download.getElement().setAttribute("download", true);
                            Pre readable = new Pre(json);
                            readable.addClassName("portal-export");
                            dialog.add(new Paragraph(getTranslation("recognition.rights.exported")), download,
                                    readable);
                            dialog.getFooter().add(new Button(getTranslation("action.close"), x -> dialog.close()));
                        }
                    } catch (Refusal r) {
                        if (!fields.show(r)) {
                            Refusals.show(this, r);
                        }
                    }
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (erasure) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private TextArea textArea(String key) {
        TextArea text = new TextArea(getTranslation(key));
        text.setMaxLength(Limits.MESSAGE_MAX);
        text.setHelperText(getTranslation("recognition.help.max", Limits.MESSAGE_MAX));
        text.setWidthFull();
        return text;
    }

    private void planIntake() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recognition.action.plan-intake"));
        DateTimePicker at = LocalisedPickers.localise(new DateTimePicker(getTranslation("recognition.intake.at")));
        at.setMin(LocalDateTime.now(clock));
        at.setStep(java.time.Duration.ofMinutes(15));
        RadioButtonGroup<IntakePlace> place = new RadioButtonGroup<>(getTranslation("recognition.intake.place"));
        place.setItems(IntakePlace.values());
        place.setItemLabelGenerator(p -> getTranslation("recognition.intake-place." + p));
        place.setValue(IntakePlace.AT_WORK_ADDRESS);
        TextField where = new TextField(getTranslation("recognition.intake.where"));
        where.setMaxLength(Limits.REASON_MAX);
        where.setVisible(false);
        place.addValueChangeListener(e -> where.setVisible(e.getValue() != IntakePlace.AT_WORK_ADDRESS));
        dialog.add(new FormLayout(at, place, where));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("action.save"), () -> {
                    if (at.getValue() == null) {
                        at.setInvalid(true);
                        at.setErrorMessage(getTranslation("validation.required"));
                        return false;
                    }
                    return act(() -> service.planIntake(requestId, at.getValue(), place.getValue(), where.getValue()),
                            "recognition.action.saved");
                }, dialog));
        dialog.open();
    }

    private void checklist(RequestDetails d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recognition.checklist.title"));
        FormLayout form = new FormLayout();
        IntakeChecklist current = d.checklist();
        Checkbox rules = IdentityForm.checkbox(form, "recognition.checklist.rules");
        Checkbox ggd = IdentityForm.checkbox(form, "recognition.checklist.ggd");
        Checkbox document = IdentityForm.checkbox(form, "recognition.checklist.document");
        Checkbox voluntary = IdentityForm.checkbox(form, "recognition.checklist.voluntary");
        Checkbox care = IdentityForm.checkbox(form, "recognition.checklist.care");
        if (current != null) {
            rules.setValue(current.informedAboutRules());
            ggd.setValue(current.informedAboutGgd());
            document.setValue(current.identityDocumentChecked());
            voluntary.setValue(current.worksVoluntarily());
            care.setValue(current.careOrExitProgrammeOffered());
        }
        ExtraChecklist extra = new ExtraChecklist(form, getLocale(), reasons.offered(ReasonKind.CHECK), d.extraChecklist());
        dialog.add(new Paragraph(getTranslation("recognition.checklist.no-copy")), form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("action.save"), () -> act(() -> service.recordChecklist(requestId,
                        new IntakeChecklist(rules.getValue(), ggd.getValue(), document.getValue(),
                                voluntary.getValue(), care.getValue()), extra.answers()),
                        "recognition.action.saved"), dialog));
        dialog.open();
    }

    private void decline() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recognition.action.decline"));
        Select<ReasonEntry> reason = new Select<>();
        reason.setLabel(getTranslation("recognition.decline.reason"));
        reason.setItems(reasons.offered(ReasonKind.DECLINE));
        reason.setItemLabelGenerator(r -> r.shownIn(getLocale(), this::getTranslation));
        TextArea text = textArea("recognition.decline.explanation");
        dialog.add(new FormLayout(reason, text));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("recognition.action.decline"), () -> {
                    if (reason.getValue() == null) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(getTranslation("validation.required"));
                        return false;
                    }
                    return act(() -> service.decline(requestId, reason.getValue().id(), text.getValue()),
                            "recognition.action.saved");
                }, dialog));
        dialog.open();
    }

    private void askMore() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recognition.action.ask-more"));
        TextArea text = textArea("recognition.message.write");
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("recognition.message.send"), () -> act(() -> service.askMoreInformation(
                        requestId, text.getValue()), "recognition.message.sent"), dialog));
        dialog.open();
    }

    private void end() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recognition.action.end"));
        RadioButtonGroup<ReasonEntry> reason = new RadioButtonGroup<>(getTranslation("recognition.end.reason"));
        // a revocation is a decision with reasons she can object to (RequestLifecycle); erasure is hers; expiry and
        // a move between municipalities are the system's outcomes, never a choice (decision 0051)
        reason.setItems(reasons.offered(ReasonKind.END));
        reason.setItemLabelGenerator(r -> r.shownIn(getLocale(), this::getTranslation));
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()),
                primary(getTranslation("recognition.action.end"), () -> reason.getValue() != null
                        && act(() -> service.end(requestId, reason.getValue().id()), "recognition.action.saved"), dialog));
        dialog.open();
    }

    private Button primary(String text, java.util.function.BooleanSupplier action, Dialog dialog) {
        Button b = new Button(text, e -> {
            if (action.getAsBoolean()) {
                dialog.close();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private Span secret(String value) {
        Span s = new Span(value);
        s.addClassName("portal-secret");
        return s;
    }

    /** Runs an action; on success re-reads the request. */
    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            Refusals.done(this, doneKey);
            render(service.details(requestId));
            return true;
        } catch (Refusal r) {
            Refusals.show(this, r);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.request.title", requestId) + " | " + getTranslation("app.name");
    }
}
