package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.recognition.WorkersRightsRequest;

/**
 * What an officer records when a worker asks for a copy of her data or its erasure: how she asked (a few words, no
 * names) and that her identity document was checked. Checked here first; the service's own refusal goes on the
 * field it is about.
 */
class RightsFields extends FormLayout {

    /** What the fields hold. */
    public record Form(String reason, boolean identityChecked) {}

    private final TextField reason = new TextField();
    private final Checkbox identityChecked = new Checkbox();
    private final Binder<Form> binder = new Binder<>(Form.class);

    RightsFields() {
        reason.setLabel(getTranslation("recognition.rights.reason"));
        reason.setHelperText(getTranslation("recognition.rights.reason-help", WorkersRightsRequest.REASON_MAX));
        reason.setMaxLength(WorkersRightsRequest.REASON_MAX);
        // the field's own length check speaks first: give it the same words as the form's
        reason.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(
                getTranslation("recognition.rights.reason-too-long", WorkersRightsRequest.REASON_MAX)));
        reason.setWidthFull();
        identityChecked.setLabel(getTranslation("recognition.rights.identity-checked"));
        binder.forField(reason)
                .withValidator(r -> !r.isBlank(), getTranslation("recognition.rights.reason-required"))
                .withValidator(r -> r.strip().codePointCount(0, r.strip().length()) <= WorkersRightsRequest.REASON_MAX,
                        getTranslation("recognition.rights.reason-too-long", WorkersRightsRequest.REASON_MAX))
                .bind("reason");
        binder.forField(identityChecked)
                .withValidator(Boolean::booleanValue, getTranslation("recognition.rights.identity-required"))
                .bind("identityChecked");
        binder.readRecord(new Form("", false));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(reason, identityChecked);
    }

    Optional<WorkersRightsRequest> value() {
        try {
            Form form = binder.writeRecord();
            return Optional.of(new WorkersRightsRequest(form.reason(), form.identityChecked()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Puts a refusal on its field; false when it is about something else. */
    boolean show(Refusal r) {
        switch (r.messageKey()) {
            case "recognition.error.rights-identity" -> {
                identityChecked.setErrorMessage(getTranslation("recognition.rights.identity-required"));
                identityChecked.setInvalid(true);
            }
            case "recognition.error.required" -> invalid(getTranslation("recognition.rights.reason-required"));
            case "recognition.error.too-long" ->
                    invalid(getTranslation("recognition.rights.reason-too-long", WorkersRightsRequest.REASON_MAX));
            case "recognition.error.invisible-characters" -> invalid(getTranslation(r.messageKey(), r.arguments()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void invalid(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
