package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.platform.Refusal;

/**
 * A form's errors on the field they concern (issue 23): a service's refusal is shown under the field it is about,
 * not in a notification that goes away, and stays until that field is changed. A refusal that concerns no single
 * field is shown as before ({@link Refusals}). The fields validate only when told to (manual validation), so the
 * component's own checks do not wipe the server's message.
 */
final class FieldErrors {

    private final Component form;
    private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();

    FieldErrors(Component form) {
        this.form = form;
    }

    /** The refusals with these message keys concern {@code field}. */
    FieldErrors on(HasValidation field, String... messageKeys) {
        field.setManualValidation(true);
        if (field instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> field.setInvalid(false));
        }
        for (String key : messageKeys) {
            fieldsByKey.put(key, field);
        }
        return this;
    }

    /** Shows the refusal on its field, or as a notification when it concerns none. */
    void show(Refusal refusal) {
        HasValidation field = fieldsByKey.get(refusal.messageKey());
        if (field == null) {
            Refusals.show(form, refusal);
            return;
        }
        field.setErrorMessage(form.getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
