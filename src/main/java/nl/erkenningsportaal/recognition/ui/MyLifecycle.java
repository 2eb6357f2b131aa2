package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.Correction;
import nl.erkenningsportaal.recognition.CorrectionService;
import nl.erkenningsportaal.recognition.CorrectionStatus;
import nl.erkenningsportaal.recognition.DecisionKind;
import nl.erkenningsportaal.recognition.DecisionNotice;
import nl.erkenningsportaal.recognition.IntakePlace;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.MoveKind;
import nl.erkenningsportaal.recognition.MoveOption;
import nl.erkenningsportaal.recognition.MoveService;
import nl.erkenningsportaal.recognition.Objection;
import nl.erkenningsportaal.recognition.ObjectionService;
import nl.erkenningsportaal.recognition.RenewalService;
import nl.erkenningsportaal.recognition.RenewalState;
import nl.erkenningsportaal.recognition.RequestStatus;
import nl.erkenningsportaal.recognition.Transfer;
import nl.erkenningsportaal.recognition.TransferStatus;
import org.jspecify.annotations.Nullable;

/**
 * What comes after the first request, on the worker's own page: a decision against her wish with its reasons and how
 * to object (and her objection, step by step), renewing, moving and correcting her details. Each step says in plain
 * words what happens next; a refusal of the service shows as a translated message and changes nothing.
 */
class MyLifecycle extends Div {

    /** The services the worker's page uses for what comes after the first request. */
    record Services(ObjectionService objections, MoveService moves, CorrectionService corrections,
            RenewalService renewals) {}

    private final transient Services s;
    private final Runnable changed;

    MyLifecycle(Services services, @Nullable RequestStatus status, Runnable changed) {
        this.s = services;
        this.changed = changed;
        s.objections().myDecision().ifPresentOrElse(n -> add(decision(n)),
                () -> s.objections().myObjection().ifPresent(o -> add(new Section(
                        new H2(getTranslation("lifecycle.objection.title")), steps(o)))));
        s.renewals().myRenewal().ifPresent(state -> add(renewal(state)));
        if (status == RequestStatus.RECOGNISED) {
            add(move(), corrections());
        } else if (status != null && RequestStatus.OPEN.contains(status)) {
            add(corrections());
        }
    }

    // ---- decision and objection

    private Component decision(DecisionNotice n) {
        Section section = new Section(new H2(getTranslation("lifecycle.decision.title")),
                new Paragraph(getTranslation("lifecycle.decision." + n.kind(), Formats.dateTime(n.decidedAt(),
                        getLocale()), n.municipalityName())),
                new Paragraph(getTranslation("lifecycle.decision.reason", n.reasonEntry() != null
                        ? n.reasonEntry().shownIn(getLocale(), this::getTranslation)
                        : getTranslation((n.kind() == DecisionKind.DECLINE ? "recognition.decline."
                                : "lifecycle.revoke.") + n.reason()))));
        if (n.explanation() != null) {
            section.add(new Paragraph(getTranslation("lifecycle.decision.explanation", n.explanation())));
        }
        section.add(new H3(getTranslation("lifecycle.objection.how")), new Paragraph(getTranslation(
                "lifecycle.objection.explain", Formats.date(n.objectBefore(), getLocale()), n.municipalityName())));
        if (n.objection() != null) {
            section.add(steps(n.objection()));
        }
        if (n.canObject()) {
            if (n.periodOver()) {
                section.add(new Paragraph(getTranslation("lifecycle.objection.late")));
            }
            TextArea grounds = new TextArea(getTranslation("lifecycle.field.grounds"));
            grounds.setMaxLength(Limits.MESSAGE_MAX);
            grounds.setHelperText(getTranslation("recognition.help.max", Limits.MESSAGE_MAX));
            grounds.setWidthFull();
            Button lodge = new Button(getTranslation("lifecycle.objection.lodge"),
                    e -> act(() -> s.objections().lodge(grounds.getValue()), "lifecycle.objection.lodged-done"));
            lodge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(grounds, lodge);
        }
        return section;
    }

    private Component steps(Objection o) {
        UnorderedList list = new UnorderedList();
        list.add(item("lifecycle.objection.step.lodged", date(o.lodgedAt())));
        if (o.late()) {
            list.add(item("lifecycle.objection.step.late"));
        }
        if (o.receivedAt() != null) {
            list.add(item("lifecycle.objection.step.received", date(o.receivedAt())));
        }
        if (o.hearingAt() != null) {
            list.add(item("lifecycle.objection.step.hearing-planned", date(o.hearingAt()),
                    o.hearingPlace() == null ? "" : o.hearingPlace()));
        }
        if (o.heardAt() != null) {
            list.add(item("lifecycle.objection.step.heard", date(o.heardAt())));
        }
        if (o.noHearingReason() != null) {
            list.add(item("lifecycle.objection.step.no-hearing",
                    getTranslation("lifecycle.no-hearing." + o.noHearingReason())));
        }
        if (o.outcome() != null) {
            list.add(item("lifecycle.objection.step.decided", date(o.decidedAt()),
                    getTranslation("lifecycle.outcome." + o.outcome())));
            if (o.outcomeText() != null) {
                list.add(new ListItem(o.outcomeText()));
            }
        }
        if (o.withdrawnAt() != null) {
            list.add(item("lifecycle.objection.step.withdrawn", date(o.withdrawnAt())));
        }
        Div box = new Div(new H3(getTranslation("lifecycle.objection.yours")), list);
        if (o.open()) {
            box.add(new Paragraph(getTranslation("lifecycle.objection.decide-before",
                    Formats.date(o.decideBefore(), getLocale()))));
            box.add(new Button(getTranslation("lifecycle.objection.withdraw"), e -> confirm(
                    "lifecycle.objection.withdraw-confirm", () -> act(s.objections()::withdrawObjection,
                            "lifecycle.objection.withdrawn-done"))));
        }
        return box;
    }

    // ---- renewal

    private Component renewal(RenewalState state) {
        Section section = new Section(new H2(getTranslation("lifecycle.renewal.title")));
        String until = Formats.date(state.validUntil(), getLocale());
        String closes = Formats.date(state.closesOn(), getLocale());
        switch (state.phase()) {
            case NOT_YET -> section.add(new Paragraph(getTranslation("lifecycle.renewal.not-yet", until,
                    Formats.date(state.opensOn(), getLocale()))));
            case OPEN -> {
                section.add(new Paragraph(getTranslation(state.expired() ? "lifecycle.renewal.grace"
                        : "lifecycle.renewal.open", until, closes)));
                Button ask = new Button(getTranslation("lifecycle.renewal.ask"),
                        e -> act(s.renewals()::askRenewal, "lifecycle.renewal.asked-done"));
                ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                section.add(ask);
            }
            case ASKED -> {
                section.add(new Paragraph(getTranslation("lifecycle.renewal.asked", until)));
                if (state.pending() != null && state.pending().conversationAt() != null) {
                    section.add(new Paragraph(getTranslation("lifecycle.renewal.conversation",
                            date(state.pending().conversationAt()),
                            state.pending().place() == IntakePlace.AT_WORK_ADDRESS
                                    || state.pending().placeText() == null
                                    ? getTranslation("recognition.intake-place." + state.pending().place())
                                    : state.pending().placeText())));
                }
            }
            case CLOSED -> section.add(new Paragraph(getTranslation("lifecycle.renewal.closed", until)));
        }
        return section;
    }

    // ---- moving

    private Component move() {
        Section section = new Section(new H2(getTranslation("lifecycle.move.title")),
                new Paragraph(getTranslation("lifecycle.move.intro")));
        Transfer t = s.moves().myTransfer().orElse(null);
        if (t != null) {
            section.add(new Paragraph(getTranslation("lifecycle.move.status." + t.status(), t.toMunicipality(),
                    date(t.decidedAt() == null ? t.reportedAt() : t.decidedAt()))));
            if (t.refusalText() != null) {
                section.add(new Paragraph(getTranslation("lifecycle.decision.explanation", t.refusalText())));
            }
            if (t.status() == TransferStatus.PENDING) {
                section.add(new Button(getTranslation("lifecycle.move.cancel"),
                        e -> act(s.moves()::cancelMove, "lifecycle.move.cancelled-done")));
                return section;
            }
        }
        TextField postcode = new TextField(getTranslation("lifecycle.move.postcode"));
        postcode.setMaxLength(7);
        postcode.setHelperText(getTranslation("recognition.help.postcode"));
        Select<Municipality> choose = new Select<>();
        choose.setLabel(getTranslation("recognition.field.municipality"));
        choose.setItemLabelGenerator(Municipality::name);
        choose.setVisible(false);
        Div answer = new Div();
        answer.setId("move-answer");
        Button check = new Button(getTranslation("lifecycle.move.check"), e -> {
            try {
                MoveOption option = s.moves().whatMovingMeans(postcode.getValue(),
                        choose.getValue() == null ? null : choose.getValue().id());
                answer.removeAll();
                if (option.kind() == MoveKind.CHOOSE) {
                    choose.setItems(option.candidates());
                    choose.setVisible(true);
                    answer.add(new Paragraph(getTranslation("lifecycle.move.choose")));
                } else {
                    answer.add(moveAnswer(option, postcode.getValue(),
                            choose.getValue() == null ? null : choose.getValue().id()));
                }
            } catch (Refusal r) {
                Refusals.show(this, r);
            }
        });
        section.add(postcode, choose, check, answer);
        return section;
    }

    private Component moveAnswer(MoveOption option, String postcode, @Nullable String chosen) {
        Div div = new Div();
        String current = option.current().name();
        switch (option.kind()) {
            case TRANSFER, WITHIN -> {
                div.add(new Paragraph(option.kind() == MoveKind.TRANSFER
                        ? getTranslation("lifecycle.move.transfer", option.target().name(), current)
                        : getTranslation("lifecycle.move.within", current)));
                DetailsFields address = DetailsFields.address(postcode);
                Button report = new Button(getTranslation("lifecycle.move.report"), e -> act(
                        () -> s.moves().reportMove(address.workAddress(), chosen), option.kind() == MoveKind.TRANSFER
                                ? "lifecycle.move.reported-done" : "lifecycle.correction.proposed-done"));
                report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                div.add(address, report);
            }
            default -> {
                String kept = Formats.date(option.dataKeptUntil(), getLocale());
                div.add(new Paragraph(option.kind() == MoveKind.NOT_TAKING_PART
                        ? getTranslation("lifecycle.move.not-taking-part", option.target().name(), current, kept)
                        : getTranslation("lifecycle.move.outside", current, kept)));
                Button end = new Button(getTranslation("lifecycle.move.end"), e -> confirm(
                        "lifecycle.move.end-confirm", () -> act(() -> s.moves().endBecauseMovingAway(postcode, chosen),
                                "lifecycle.move.ended-done")));
                end.addThemeVariants(ButtonVariant.LUMO_ERROR);
                div.add(end);
            }
        }
        return div;
    }

    // ---- corrections

    private Component corrections() {
        Section section = new Section(new H2(getTranslation("lifecycle.correction.title")),
                new Paragraph(getTranslation("lifecycle.correction.intro")));
        List<Correction> mine = s.corrections().myCorrections();
        if (!mine.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Correction c : mine) {
                ListItem li = item("lifecycle.correction.item", date(c.proposedAt()), fields(c),
                        getTranslation("lifecycle.correction.status." + c.status()));
                if (c.refusalText() != null) {
                    li.add(new Paragraph(getTranslation("lifecycle.decision.explanation", c.refusalText())));
                }
                list.add(li);
            }
            section.add(list);
        }
        if (mine.stream().anyMatch(c -> c.status() == CorrectionStatus.PROPOSED)) {
            section.add(new Button(getTranslation("lifecycle.correction.withdraw"),
                    e -> act(s.corrections()::withdrawCorrection, "lifecycle.correction.withdrawn-done")));
        } else {
            s.corrections().myDetails().ifPresent(now -> section.add(new Button(
                    getTranslation("lifecycle.correction.propose"), e -> proposeCorrection(DetailsFields.of(now)))));
        }
        return section;
    }

    private void proposeCorrection(DetailsFields fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lifecycle.correction.propose"));
        dialog.setMaxWidth("48rem");
        dialog.add(new Paragraph(getTranslation("lifecycle.correction.form-intro")), fields);
        Button send = new Button(getTranslation("lifecycle.correction.send"), e -> {
            if (act(() -> s.corrections().propose(fields.proposed()), "lifecycle.correction.proposed-done")) {
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private String fields(Correction c) {
        return String.join(", ", c.fields().stream().map(f -> getTranslation("lifecycle.correction.field." + f))
                .toList());
    }

    // ----

    private ListItem item(String key, Object... args) {
        return new ListItem(getTranslation(key, args));
    }

    private String date(java.time.@Nullable Instant at) {
        return Formats.dateTime(at, getLocale());
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setText(getTranslation(key));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.yes"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            Refusals.done(this, doneKey);
            changed.run();
            return true;
        } catch (Refusal r) {
            Refusals.show(this, r);
            return false;
        }
    }
}
