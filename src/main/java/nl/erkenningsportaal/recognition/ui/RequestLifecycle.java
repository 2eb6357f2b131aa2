package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.erkenningsportaal.audit.ui.ReasonFields;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.Correction;
import nl.erkenningsportaal.recognition.CorrectionField;
import nl.erkenningsportaal.recognition.CorrectionService;
import nl.erkenningsportaal.recognition.CorrectionStatus;
import nl.erkenningsportaal.recognition.CorrectionValues;
import nl.erkenningsportaal.recognition.DecisionNotice;
import nl.erkenningsportaal.recognition.IntakeChecklist;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.MoveService;
import nl.erkenningsportaal.recognition.NoHearingReason;
import nl.erkenningsportaal.recognition.Objection;
import nl.erkenningsportaal.recognition.ObjectionOutcome;
import nl.erkenningsportaal.recognition.ObjectionService;
import nl.erkenningsportaal.recognition.ObjectionStatus;
import nl.erkenningsportaal.recognition.ObjectionTexts;
import nl.erkenningsportaal.recognition.Renewal;
import nl.erkenningsportaal.recognition.RenewalService;
import nl.erkenningsportaal.recognition.RequestDetails;
import nl.erkenningsportaal.recognition.RequestStatus;
import nl.erkenningsportaal.recognition.ReasonCatalogueService;
import nl.erkenningsportaal.recognition.ReasonEntry;
import nl.erkenningsportaal.recognition.ReasonKind;
import org.jspecify.annotations.Nullable;

/**
 * What comes after the first request, on the officer's request page: the objection against a decision with each step
 * the officer records (receipt, hearing or why none, the outcome with reasons), revoking a recognition, the worker's
 * proposed corrections (the values open only with the page's stated reason), her renewal with its conversation, and
 * where her move stands. Every step is checked and audited by the services.
 */
class RequestLifecycle extends Div {

    /** The services the officer's request page uses for what comes after the first request. */
    record Services(ObjectionService objections, CorrectionService corrections, RenewalService renewals,
            MoveService moves, ReasonCatalogueService reasons, Clock clock) {}

    private final transient Services s;
    private final long requestId;
    private final ReasonFields reason;
    private final Runnable changed;

    RequestLifecycle(Services services, RequestDetails d, ReasonFields reason, Runnable changed) {
        this.s = services;
        this.requestId = d.id();
        this.reason = reason;
        this.changed = changed;
        DecisionNotice notice = s.objections().decisionOf(requestId).orElse(null);
        Objection objection = s.objections().objectionOf(requestId).orElse(null);
        if (notice != null || objection != null) {
            add(objection(notice, objection));
        }
        if (d.status() == RequestStatus.RECOGNISED) {
            HorizontalLayout revoke = new HorizontalLayout(new Button(getTranslation("lifecycle.revoke.action"),
                    e -> revoke()));
            add(revoke);
        }
        s.renewals().renewalOf(requestId).ifPresent(r -> add(renewal(r)));
        List<Correction> corrections = s.corrections().correctionsOf(requestId);
        if (!corrections.isEmpty()) {
            add(corrections(corrections));
        }
        s.moves().transferOf(requestId).ifPresent(t -> add(new Section(new H2(getTranslation("lifecycle.move.title")),
                new Paragraph(getTranslation("lifecycle.move.officer-status." + t.status(), t.toMunicipality(),
                        date(t.reportedAt()))))));
    }

    // ---- objection

    private Component objection(@Nullable DecisionNotice notice, @Nullable Objection o) {
        Section section = new Section(new H2(getTranslation("lifecycle.objection.title")));
        if (notice != null) {
            section.add(new Paragraph(getTranslation("lifecycle.objection.officer-decision." + notice.kind(),
                    date(notice.decidedAt()), Formats.date(notice.objectBefore(), getLocale()))));
        }
        if (o == null) {
            section.add(new Paragraph(getTranslation("lifecycle.objection.none")));
            return section;
        }
        UnorderedList steps = new UnorderedList();
        steps.add(item("lifecycle.objection.step.lodged", date(o.lodgedAt())));
        if (o.late()) {
            steps.add(item("lifecycle.objection.step.late"));
        }
        if (o.receivedAt() != null) {
            steps.add(item("lifecycle.objection.step.received", date(o.receivedAt())));
        }
        if (o.hearingAt() != null) {
            steps.add(item("lifecycle.objection.step.hearing-planned", date(o.hearingAt()),
                    o.hearingPlace() == null ? "" : o.hearingPlace()));
        }
        if (o.heardAt() != null) {
            steps.add(item("lifecycle.objection.step.heard", date(o.heardAt())));
        }
        if (o.noHearingReason() != null) {
            steps.add(item("lifecycle.objection.step.no-hearing",
                    getTranslation("lifecycle.no-hearing." + o.noHearingReason())));
        }
        if (o.outcome() != null) {
            steps.add(item("lifecycle.objection.step.decided", date(o.decidedAt()),
                    getTranslation("lifecycle.outcome." + o.outcome())));
            if (o.outcomeText() != null) {
                steps.add(new ListItem(o.outcomeText()));
            }
        }
        if (o.withdrawnAt() != null) {
            steps.add(item("lifecycle.objection.step.withdrawn", date(o.withdrawnAt())));
        }
        section.add(steps);
        Div texts = new Div();
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.add(new Button(getTranslation("lifecycle.objection.open-grounds"), e -> reason.value()
                .ifPresent(why -> {
                    try {
                        ObjectionTexts opened = s.objections().openObjection(requestId, why);
                        texts.removeAll();
                        texts.add(new Paragraph(getTranslation("lifecycle.field.grounds") + ": " + opened.grounds()));
                        if (opened.hearingReport() != null) {
                            texts.add(new Paragraph(getTranslation("lifecycle.field.hearing-report") + ": "
                                    + opened.hearingReport()));
                        }
                    } catch (Refusal r) {
                        if (!reason.show(r)) {
                            Refusals.show(this, r);
                        }
                    }
                })));
        if (o.open()) {
            section.add(new Paragraph(getTranslation("lifecycle.objection.decide-before",
                    Formats.date(o.decideBefore(), getLocale()))));
            if (o.status() == ObjectionStatus.LODGED) {
                buttons.add(primary("lifecycle.objection.confirm-receipt", () -> act(
                        () -> s.objections().confirmReceipt(requestId))));
            }
            if (o.status() == ObjectionStatus.RECEIVED || o.status() == ObjectionStatus.HEARING_PLANNED) {
                buttons.add(new Button(getTranslation("lifecycle.objection.plan-hearing"), e -> planHearing()));
                buttons.add(new Button(getTranslation("lifecycle.objection.record-hearing"), e -> recordHearing()));
                buttons.add(new Button(getTranslation("lifecycle.objection.no-hearing"), e -> noHearing()));
            }
            if (o.status() == ObjectionStatus.HEARD || o.status() == ObjectionStatus.NOT_HEARD) {
                buttons.add(primary("lifecycle.objection.decide", this::decide));
            }
        }
        section.add(buttons, texts);
        return section;
    }

    private void planHearing() {
        Dialog dialog = dialog("lifecycle.objection.plan-hearing");
        DateTimePicker at = LocalisedPickers.localise(new DateTimePicker(getTranslation("lifecycle.objection.at")));
        at.setMin(LocalDateTime.now(s.clock()));
        at.setStep(java.time.Duration.ofMinutes(15));
        TextField place = new TextField(getTranslation("recognition.intake.where"));
        place.setMaxLength(Limits.REASON_MAX);
        dialog.add(new FormLayout(at, place));
        footer(dialog, "action.save", () -> {
            if (at.getValue() == null) {
                at.setInvalid(true);
                at.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            return act(() -> s.objections().planHearing(requestId, at.getValue(), place.getValue()));
        });
    }

    private void recordHearing() {
        Dialog dialog = dialog("lifecycle.objection.record-hearing");
        TextArea report = textArea("lifecycle.field.hearing-report");
        dialog.add(report);
        footer(dialog, "action.save", () -> act(() -> s.objections().recordHearing(requestId, report.getValue())));
    }

    private void noHearing() {
        Dialog dialog = dialog("lifecycle.objection.no-hearing");
        RadioButtonGroup<NoHearingReason> why = new RadioButtonGroup<>(getTranslation("lifecycle.objection.why"));
        why.setItems(NoHearingReason.values());
        why.setItemLabelGenerator(r -> getTranslation("lifecycle.no-hearing." + r));
        dialog.add(why);
        footer(dialog, "action.save", () -> act(() -> s.objections().recordNoHearing(requestId, why.getValue())));
    }

    private void decide() {
        Dialog dialog = dialog("lifecycle.objection.decide");
        RadioButtonGroup<ObjectionOutcome> outcome = new RadioButtonGroup<>(
                getTranslation("lifecycle.objection.outcome"));
        outcome.setItems(ObjectionOutcome.values());
        outcome.setItemLabelGenerator(r -> getTranslation("lifecycle.outcome." + r));
        TextArea reasons = textArea("lifecycle.field.outcome-reasons");
        dialog.add(new FormLayout(outcome, reasons));
        footer(dialog, "lifecycle.objection.decide", () -> act(() -> s.objections().decideObjection(requestId,
                outcome.getValue(), reasons.getValue())));
    }

    private void revoke() {
        Dialog dialog = dialog("lifecycle.revoke.action");
        RadioButtonGroup<ReasonEntry> why = new RadioButtonGroup<>(getTranslation("lifecycle.objection.why"));
        why.setItems(s.reasons().offered(ReasonKind.REVOKE));
        why.setItemLabelGenerator(r -> r.shownIn(getLocale(), this::getTranslation));
        TextArea explanation = textArea("recognition.decline.explanation");
        dialog.add(new Paragraph(getTranslation("lifecycle.revoke.explain")), new FormLayout(why, explanation));
        footer(dialog, "lifecycle.revoke.action", () -> {
            if (why.getValue() == null) {
                why.setInvalid(true);
                why.setErrorMessage(getTranslation("lifecycle.error.reason-required"));
                return false;
            }
            return act(() -> s.objections().revoke(requestId, why.getValue().id(), explanation.getValue()));
        });
    }

    // ---- renewal

    private Component renewal(Renewal n) {
        Section section = new Section(new H2(getTranslation("lifecycle.renewal.title")),
                new Paragraph(getTranslation("lifecycle.renewal.officer-asked", date(n.askedAt()),
                        Formats.date(n.validUntilThen(), getLocale()))));
        if (n.conversationAt() != null) {
            section.add(new Paragraph(getTranslation("lifecycle.renewal.conversation", date(n.conversationAt()),
                    n.place() == IntakePlace.AT_WORK_ADDRESS || n.placeText() == null
                            ? getTranslation("recognition.intake-place." + n.place()) : n.placeText())));
        }
        if (n.checklist() != null) {
            section.add(new Paragraph(getTranslation(n.checklist().allowsRecognition()
                    ? "lifecycle.renewal.checklist-complete" : "lifecycle.renewal.checklist-incomplete")));
            if (!n.extraChecklist().isEmpty()) {
                UnorderedList extra = new UnorderedList();
                n.extraChecklist().forEach(a -> extra.add(ExtraChecklist.shown(a, this, getLocale())));
                section.add(extra);
            }
        }
        if (n.renewedAt() != null) {
            section.add(new Paragraph(getTranslation("lifecycle.renewal.renewed", date(n.renewedAt()),
                    Formats.date(n.validUntilAfter(), getLocale()))));
            return section;
        }
        HorizontalLayout buttons = new HorizontalLayout(
                new Button(getTranslation("lifecycle.renewal.plan"), e -> planConversation()),
                new Button(getTranslation("lifecycle.renewal.record"), e -> recordConversation(n)),
                primary("lifecycle.renewal.renew", () -> act(() -> s.renewals().renew(requestId))));
        buttons.setWrap(true);
        section.add(buttons);
        return section;
    }

    private void planConversation() {
        Dialog dialog = dialog("lifecycle.renewal.plan");
        DateTimePicker at = LocalisedPickers.localise(new DateTimePicker(getTranslation("recognition.intake.at")));
        at.setMin(LocalDateTime.now(s.clock()));
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
        footer(dialog, "action.save", () -> {
            if (at.getValue() == null) {
                at.setInvalid(true);
                at.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            return act(() -> s.renewals().planConversation(requestId, at.getValue(), place.getValue(),
                    where.getValue()));
        });
    }

    private void recordConversation(Renewal n) {
        IntakeChecklist current = n.checklist();
        Dialog dialog = dialog("lifecycle.renewal.record");
        FormLayout form = new FormLayout();
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
        ExtraChecklist extra = new ExtraChecklist(form, getLocale(), s.reasons().offered(ReasonKind.CHECK), n.extraChecklist());
        dialog.add(new Paragraph(getTranslation("recognition.checklist.no-copy")), form);
        footer(dialog, "action.save", () -> act(() -> s.renewals().recordConversation(requestId,
                new IntakeChecklist(rules.getValue(), ggd.getValue(), document.getValue(), voluntary.getValue(),
                        care.getValue()), extra.answers())));
    }

    // ---- corrections

    private Component corrections(List<Correction> corrections) {
        Section section = new Section(new H2(getTranslation("lifecycle.correction.title")));
        UnorderedList list = new UnorderedList();
        for (Correction c : corrections) {
            ListItem li = item("lifecycle.correction.item", date(c.proposedAt()), String.join(", ", c.fields()
                    .stream().map(f -> getTranslation("lifecycle.correction.field." + f)).toList()),
                    getTranslation("lifecycle.correction.status." + c.status()));
            if (c.refusalText() != null) {
                li.add(new Paragraph(getTranslation("lifecycle.decision.explanation", c.refusalText())));
            }
            list.add(li);
        }
        section.add(list);
        Div values = new Div();
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (corrections.getFirst().valuesKept()) {
            buttons.add(new Button(getTranslation("lifecycle.correction.open"), e -> reason.value().ifPresent(why -> {
                try {
                    CorrectionValues v = s.corrections().openCorrection(requestId, why);
                    values.removeAll();
                    UnorderedList shown = new UnorderedList();
                    for (CorrectionField f : v.fields()) {
                        shown.add(item("lifecycle.correction.before-after",
                                getTranslation("lifecycle.correction.field." + f), v.before().getOrDefault(f, ""),
                                v.after().getOrDefault(f, "")));
                    }
                    values.add(shown);
                } catch (Refusal r) {
                    if (!reason.show(r)) {
                        Refusals.show(this, r);
                    }
                }
            })));
        }
        if (corrections.getFirst().status() == CorrectionStatus.PROPOSED) {
            buttons.add(primary("lifecycle.correction.confirm", () -> act(
                    () -> s.corrections().confirmCorrection(requestId))));
            buttons.add(new Button(getTranslation("lifecycle.correction.refuse"), e -> {
                Dialog dialog = dialog("lifecycle.correction.refuse");
                TextArea why = textArea("recognition.decline.explanation");
                dialog.add(why);
                footer(dialog, "lifecycle.correction.refuse", () -> act(() -> s.corrections().refuseCorrection(
                        requestId, why.getValue())));
            }));
        }
        section.add(buttons, values);
        return section;
    }

    // ----

    private Dialog dialog(String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setMaxWidth("48rem");
        return dialog;
    }

    private void footer(Dialog dialog, String confirmKey, BooleanSupplier action) {
        Button confirm = new Button(getTranslation(confirmKey), e -> {
            if (action.getAsBoolean()) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Button primary(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private TextArea textArea(String key) {
        TextArea text = new TextArea(getTranslation(key));
        text.setMaxLength(Limits.MESSAGE_MAX);
        text.setHelperText(getTranslation("recognition.help.max", Limits.MESSAGE_MAX));
        text.setWidthFull();
        return text;
    }

    private ListItem item(String key, Object... args) {
        return new ListItem(getTranslation(key, args));
    }

    private String date(@Nullable Instant at) {
        return Formats.dateTime(at, getLocale());
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            Refusals.done(this, "recognition.action.saved");
            changed.run();
            return true;
        } catch (Refusal r) {
            Refusals.show(this, r);
            return false;
        }
    }
}
