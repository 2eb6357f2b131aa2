package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.recognition.ContactPreference;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.Limits;
import org.jspecify.annotations.Nullable;

/**
 * The identity fields, shared by the worker's request and the officer's door registration. Every field has a
 * visible label and its limit from {@link Limits}; a value cut at the limit is said in the helper text.
 */
class IdentityForm extends FormLayout {

    static final List<String> LANGUAGES = List.of("nl", "en", "es", "pt", "ro", "pl", "bg", "hu", "th", "de", "fr",
            "uk", "ru", "zh", "vi", "ar", "tr");

    /** Mutable form model (Binder needs setters); turned into the immutable {@link Identity}. */
    static final class Model {
        String legalName = "";
        @Nullable LocalDate dateOfBirth;
        @Nullable String nationality;
        String street = "";
        String houseNumber = "";
        String addition = "";
        String postcode = "";
        String town = "";
        String phone = "";
        String workName = "";
        Set<String> languages = Set.of();
        ContactPreference contact = ContactPreference.PORTAL;
    }

    private final Binder<Model> binder = new Binder<>();
    final TextField postcode;
    final MultiSelectComboBox<String> languages;

    IdentityForm(Clock clock) {
        Locale locale = getLocale();
        TextField legalName = text("recognition.field.legal-name", Limits.NAME_MAX);
        legalName.setHelperText(getTranslation("recognition.help.legal-name", Limits.NAME_MAX));
        DatePicker dateOfBirth = LocalisedPickers.localise(new DatePicker(getTranslation("recognition.field.date-of-birth")));
        dateOfBirth.setMax(LocalDate.now(clock));
        dateOfBirth.setMin(LocalDate.of(1900, 1, 1));
        dateOfBirth.setHelperText(getTranslation("recognition.help.date-of-birth"));
        // a birth date is typed: no calendar popping up under the typing (it also hid the rest of the page from
        // screen readers while open); the calendar button still opens it
        dateOfBirth.setAutoOpen(false);
        ComboBox<String> nationality = new ComboBox<>(getTranslation("recognition.field.nationality"));
        List<String> countries = new ArrayList<>(List.of(Locale.getISOCountries()));
        // in the reader's alphabet: Romanian "Țările de Jos" after "Turcia", Thai by consonant, not by code point
        countries.sort(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(locale), Collator.getInstance(locale)));
        nationality.setItems(countries);
        nationality.setItemLabelGenerator(c -> Locale.of("", c).getDisplayCountry(locale));
        TextField street = text("recognition.field.street", Limits.STREET_MAX);
        TextField houseNumber = text("recognition.field.house-number", Limits.HOUSE_NUMBER_MAX);
        TextField addition = text("recognition.field.addition", Limits.ADDITION_MAX);
        postcode = text("recognition.field.postcode", 7);
        postcode.setHelperText(getTranslation("recognition.help.postcode"));
        TextField town = text("recognition.field.town", Limits.TOWN_MAX);
        TextField phone = text("recognition.field.phone", Limits.PHONE_MAX);
        phone.setHelperText(getTranslation("recognition.help.optional"));
        TextField workName = text("recognition.field.work-name", Limits.WORK_NAME_MAX);
        workName.setHelperText(getTranslation("recognition.help.work-name"));
        languages = new MultiSelectComboBox<>(
                getTranslation("recognition.field.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(locale));
        languages.setRequiredIndicatorVisible(true);
        RadioButtonGroup<ContactPreference> contact = new RadioButtonGroup<>(
                getTranslation("recognition.field.contact"));
        contact.setItems(ContactPreference.values());
        contact.setItemLabelGenerator(c -> getTranslation("recognition.contact." + c.name()));

        String required = getTranslation("validation.required");
        binder.forField(legalName).asRequired(required).bind(m -> m.legalName, (m, v) -> m.legalName = v);
        binder.forField(dateOfBirth).asRequired(required)
                .withValidator(d -> !d.isAfter(LocalDate.now(clock)), getTranslation("recognition.error.birth-in-future"))
                .bind(m -> m.dateOfBirth, (m, v) -> m.dateOfBirth = v);
        binder.forField(nationality).asRequired(required).bind(m -> m.nationality, (m, v) -> m.nationality = v);
        binder.forField(street).asRequired(required).bind(m -> m.street, (m, v) -> m.street = v);
        binder.forField(houseNumber).asRequired(required)
                .withValidator(v -> v.strip().matches("[1-9][0-9]{0,4}"),
                        getTranslation("recognition.error.house-number"))
                .bind(m -> m.houseNumber, (m, v) -> m.houseNumber = v);
        binder.forField(addition).bind(m -> m.addition, (m, v) -> m.addition = v);
        binder.forField(postcode).asRequired(required)
                .withValidator(v -> v.strip().matches("[1-9][0-9]{3} ?[A-Za-z]{2}"),
                        getTranslation("recognition.error.postcode"))
                .bind(m -> m.postcode, (m, v) -> m.postcode = v);
        binder.forField(town).asRequired(required).bind(m -> m.town, (m, v) -> m.town = v);
        binder.forField(phone).bind(m -> m.phone, (m, v) -> m.phone = v);
        binder.forField(workName).bind(m -> m.workName, (m, v) -> m.workName = v);
        binder.forField(languages).withValidator(s -> !s.isEmpty(), getTranslation("recognition.error.languages"))
                .bind(m -> m.languages, (m, v) -> m.languages = v);
        binder.forField(contact).asRequired(required).bind(m -> m.contact, (m, v) -> m.contact = v);
        binder.setBean(new Model());

        add(legalName, dateOfBirth, nationality, languages, street, houseNumber, addition, postcode, town, phone,
                workName, contact);
        setColspan(legalName, 2);
        setColspan(contact, 2);
    }

    private TextField text(String key, int max) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        return f;
    }

    /** The entered identity, or null when a field is invalid (the fields then say what is wrong). */
    @Nullable Identity identity() {
        Model m = new Model();
        try {
            binder.writeBean(m);
        } catch (ValidationException e) {
            return null;
        }
        return new Identity(m.legalName, m.dateOfBirth, m.nationality == null ? "" : m.nationality, m.street,
                m.houseNumber, m.addition.isBlank() ? null : m.addition, m.postcode, m.town,
                m.phone.isBlank() ? null : m.phone, m.workName.isBlank() ? null : m.workName,
                List.copyOf(m.languages), m.contact);
    }

    static Checkbox checkbox(FormLayout form, String key) {
        Checkbox c = new Checkbox(form.getTranslation(key));
        form.add(c);
        form.setColspan(c, 2);
        return c;
    }
}
