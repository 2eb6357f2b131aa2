package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.recognition.Limits;
import nl.erkenningsportaal.recognition.NewWorkAddress;
import nl.erkenningsportaal.recognition.ProposedDetails;
import org.jspecify.annotations.Nullable;

/**
 * The details a worker can correct (name, work address, phone, languages), or only the work address for a move,
 * each with a visible label and its limit. The service checks the values again and refuses with a translated message.
 */
class DetailsFields extends FormLayout {

    final TextField legalName = text("recognition.field.legal-name", Limits.NAME_MAX);
    final TextField street = text("recognition.field.street", Limits.STREET_MAX);
    final TextField houseNumber = text("recognition.field.house-number", Limits.HOUSE_NUMBER_MAX);
    final TextField addition = text("recognition.field.addition", Limits.ADDITION_MAX);
    final TextField postcode = text("recognition.field.postcode", 7);
    final TextField town = text("recognition.field.town", Limits.TOWN_MAX);
    final TextField phone = text("recognition.field.phone", Limits.PHONE_MAX);
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(
            getTranslation("recognition.field.languages"));

    /** All correctable details, filled with what she has now. */
    static DetailsFields of(ProposedDetails now) {
        DetailsFields f = new DetailsFields();
        Locale locale = f.getLocale();
        f.languages.setItems(IdentityForm.LANGUAGES);
        f.languages.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(locale));
        f.legalName.setValue(now.legalName());
        f.street.setValue(now.street());
        f.houseNumber.setValue(now.houseNumber());
        f.addition.setValue(now.addition() == null ? "" : now.addition());
        f.postcode.setValue(now.postcode());
        f.town.setValue(now.town());
        f.phone.setValue(now.phone() == null ? "" : now.phone());
        f.phone.setHelperText(f.getTranslation("recognition.help.optional"));
        f.languages.setValue(Set.copyOf(now.languages()));
        f.add(f.legalName, f.languages, f.street, f.houseNumber, f.addition, f.postcode, f.town, f.phone);
        return f;
    }

    /** Only the new work address, with the postcode she already gave. */
    static DetailsFields address(String postcode) {
        DetailsFields f = new DetailsFields();
        f.postcode.setValue(postcode);
        f.add(f.street, f.houseNumber, f.addition, f.postcode, f.town);
        return f;
    }

    ProposedDetails proposed() {
        return new ProposedDetails(legalName.getValue(), street.getValue(), houseNumber.getValue(),
                optional(addition.getValue()), postcode.getValue(), town.getValue(), optional(phone.getValue()),
                List.copyOf(languages.getValue()));
    }

    NewWorkAddress workAddress() {
        return new NewWorkAddress(street.getValue(), houseNumber.getValue(), optional(addition.getValue()),
                postcode.getValue(), town.getValue());
    }

    private TextField text(String key, int max) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        return f;
    }

    private static @Nullable String optional(String value) {
        return value.isBlank() ? null : value;
    }
}
