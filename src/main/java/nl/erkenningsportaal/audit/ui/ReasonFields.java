package nl.erkenningsportaal.audit.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Why the identity or the messages are opened: a reason from a fixed list and an optional short explanation. The
 * form checks both before anything is asked of the service, and puts the service's own refusal (which checks again)
 * on the field it is about, translated.
 */
public class ReasonFields extends FormLayout {

    /** What the fields hold. */
    public record Form(@Nullable AccessReason reason, String explanation) {}

    private final Select<AccessReason> reason = new Select<>();
    private final TextField explanation = new TextField();
    private final Binder<Form> binder = new Binder<>(Form.class);

    public ReasonFields(List<AccessReason> choices) {
        reason.setLabel(getTranslation("audit.reason.label"));
        reason.setPlaceholder(getTranslation("audit.reason.choose"));
        reason.setItems(choices);
        reason.setItemLabelGenerator(r -> getTranslation("audit.access-reason." + r.name()));
        explanation.setLabel(getTranslation("audit.reason.explanation"));
        explanation.setHelperText(getTranslation("audit.reason.explanation-help", StatedReason.EXPLANATION_MAX));
        explanation.setMaxLength(StatedReason.EXPLANATION_MAX);
        // the field's own length check speaks first: give it the same words as the form's
        explanation.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(
                getTranslation("audit.reason.too-long", StatedReason.EXPLANATION_MAX)));
        explanation.setWidthFull();
        // not asRequired: Vaadin's Select then puts aria-required on a button, which axe rejects
        binder.forField(reason).withValidator(Objects::nonNull, getTranslation("audit.reason.required"))
                .bind("reason");
        binder.forField(explanation)
                .withValidator(e -> e.strip().codePointCount(0, e.strip().length()) <= StatedReason.EXPLANATION_MAX,
                        getTranslation("audit.reason.too-long", StatedReason.EXPLANATION_MAX))
                .bind("explanation");
        binder.readRecord(new Form(null, ""));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(reason, explanation);
        addClassName("portal-reason");
    }

    /** The reason as filled in; empty after marking what is wrong on the fields. */
    public Optional<StatedReason> value() {
        try {
            Form form = binder.writeRecord();
            return Optional.of(StatedReason.of(form.reason(), form.explanation()));
        } catch (ValidationException e) {
            return Optional.empty();
        } catch (Refusal r) {
            show(r);
            return Optional.empty();
        }
    }

    /** Puts a refusal of the reason on its field; false when the refusal is about something else. */
    public boolean show(Refusal r) {
        String message = getTranslation(r.messageKey(), r.arguments());
        switch (r.messageKey()) {
            case "audit.reason.required" -> {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            }
            case "audit.reason.too-long", "audit.reason.invisible" -> {
                explanation.setErrorMessage(message);
                explanation.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
