package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service's refusal that names a field ("a field is too long", "a field holds invisible characters") shown on that
 * field (issue 23): under the field whose label is the one the refusal names, on the page or in its open dialog, and
 * staying until the field is changed. A page calls {@link #showOnField} first and shows the refusal as before when it
 * names no field on the page.
 */
public final class FieldRefusals {

    private FieldRefusals() {}

    /**
     * Shows {@code refusal} on the field it names, focused; false when it names none that {@code where}'s page shows.
     */
    public static boolean showOnField(Component where, Refusal refusal) {
        Optional<String> field = refusal.field();
        if (field.isEmpty()) {
            return false;
        }
        String label = where.getTranslation(field.get());
        Component root = where.getUI().map(Component.class::cast).orElse(where);
        List<Component> found = new ArrayList<>();
        collect(root, label, found);
        if (found.isEmpty()) {
            return false;
        }
        // the newest: a dialog's field comes after the page's
        Component target = found.getLast();
        HasValidation validated = (HasValidation) target;
        // the field's own checks (on blur, say) would otherwise wipe the server's message before it is corrected;
        // as with FieldErrors, the field validates only when told to from then on
        validated.setManualValidation(true);
        validated.setErrorMessage(where.getTranslation(refusal.messageKey(), refusal.arguments()));
        validated.setInvalid(true);
        if (target instanceof HasValue<?, ?> value) {
            Registration[] once = new Registration[1];
            once[0] = value.addValueChangeListener(e -> {
                once[0].remove();
                validated.setInvalid(false);
            });
        }
        if (target instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }

    private static void collect(Component c, String label, List<Component> found) {
        if (c.getElement().isTextNode() || !c.isVisible()) {
            return;
        }
        if (c instanceof HasValidation && c instanceof HasLabel labelled && label.equals(labelled.getLabel())) {
            found.add(c);
        }
        c.getChildren().forEach(child -> collect(child, label, found));
    }
}
