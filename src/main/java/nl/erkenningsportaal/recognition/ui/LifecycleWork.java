package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.ui.ReasonFields;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.IncomingTransfer;
import nl.erkenningsportaal.recognition.LifecycleTask;
import nl.erkenningsportaal.recognition.LifecycleTasks;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.MoveService;

/**
 * On {@link LifecycleWorkView}: what waits for her municipality besides new requests (objections, corrections,
 * renewals, each a link to the request), and transfers from other municipalities, which she accepts or refuses here:
 * the request is not hers until she accepts, so only the new work address opens, with a stated reason (audited).
 */
class LifecycleWork extends Div {

    private final transient LifecycleTasks tasks;
    private final transient MoveService moves;
    private final ReasonFields reason = new ReasonFields(AccessReason.FOR_OFFICERS);

    LifecycleWork(LifecycleTasks tasks, MoveService moves) {
        this.tasks = tasks;
        this.moves = moves;
        render();
    }

    private void render() {
        removeAll();
        List<LifecycleTask> waiting = tasks.tasks().stream().filter(t -> t.kind() != LifecycleTask.Kind.TRANSFER)
                .toList();
        if (!waiting.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (LifecycleTask t : waiting) {
                list.add(new ListItem(new RouterLink(getTranslation("lifecycle.task." + t.kind(), Long.toString(t.id()),
                        Formats.dateTime(t.since(), getLocale())), RequestView.class, t.id())));
            }
            add(new Section(new H2(getTranslation("lifecycle.task.requests")), list));
        }
        List<IncomingTransfer> incoming = moves.incomingTransfers();
        if (!incoming.isEmpty()) {
            Section section = new Section(new H2(getTranslation("lifecycle.transfer.title")),
                    new Paragraph(getTranslation("lifecycle.transfer.intro")), reason);
            for (IncomingTransfer t : incoming) {
                section.add(transfer(t));
            }
            add(section);
        }
    }

    private Component transfer(IncomingTransfer t) {
        Div address = new Div();
        Button open = new Button(getTranslation("lifecycle.transfer.open-address"), e -> reason.value()
                .ifPresent(why -> {
                    try {
                        address.removeAll();
                        address.add(new Span(moves.openTransferAddress(t.id(), why).oneLine()));
                    } catch (Refusal r) {
                        if (!reason.show(r)) {
                            Refusals.show(this, r);
                        }
                    }
                }));
        Button accept = new Button(getTranslation("lifecycle.transfer.accept"), e -> act(
                () -> moves.acceptTransfer(t.id())));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refuse = new Button(getTranslation("lifecycle.transfer.refuse"), e -> refuse(t));
        HorizontalLayout buttons = new HorizontalLayout(open, accept, refuse);
        buttons.setWrap(true);
        return new Div(new Paragraph(getTranslation("lifecycle.transfer.item", Long.toString(t.id()), t.fromMunicipality(),
                Formats.dateTime(t.reportedAt(), getLocale()), Formats.date(t.validUntil(), getLocale()))), address,
                buttons);
    }

    private void refuse(IncomingTransfer t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lifecycle.transfer.refuse"));
        TextArea why = new TextArea(getTranslation("recognition.decline.explanation"));
        why.setMaxLength(Limits.MESSAGE_MAX);
        why.setWidthFull();
        dialog.add(why);
        Button confirm = new Button(getTranslation("lifecycle.transfer.refuse"), e -> {
            if (act(() -> moves.refuseTransfer(t.id(), why.getValue()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            Refusals.done(this, "recognition.action.saved");
            render();
            return true;
        } catch (Refusal r) {
            Refusals.show(this, r);
            return false;
        }
    }
}
