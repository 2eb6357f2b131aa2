package nl.erkenningsportaal.platform;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The browser's own {@code <select>} as a typed field: a phone shows its own picker, and the keyboard and screen
 * readers know it without ARIA of ours. Each item is an {@code <option>} whose value is the item's key and whose
 * {@code label} attribute is its text (one element per option, no text node). What the browser reports is looked up
 * among the items: a value that is not one of them changes nothing.
 *
 * @param <T> the type of the items, e.g. a municipality's id or a {@code Locale}
 */
@Tag("select")
public class NativeSelect<T extends Serializable> extends AbstractField<NativeSelect<T>, @Nullable T>
        implements HasAriaLabel, HasStyle {

    private final List<T> items;
    private final SerializableFunction<T, String> key;

    /**
     * @param items what can be chosen, in the order shown
     * @param key a short key per item, unique among the items (sent to the browser as the option's value)
     * @param label the text the person reads per item
     * @param selected the item chosen at first, or {@code null} for none
     */
    public NativeSelect(List<T> items, SerializableFunction<T, String> key, SerializableFunction<T, String> label,
            @Nullable T selected) {
        super(null);
        this.items = List.copyOf(items);
        this.key = key;
        for (T item : this.items) {
            Element option = new Element("option");
            option.setAttribute("value", key.apply(item));
            option.setAttribute("label", label.apply(item));
            getElement().appendChild(option);
        }
        setValue(selected);
        getElement().addPropertyChangeListener("value", "change", e -> {
            String chosen = Objects.toString(e.getValue(), "");
            this.items.stream().filter(item -> key.apply(item).equals(chosen)).findFirst()
                    .ifPresent(item -> setModelValue(item, true));
        });
    }

    /**
     * Marks each option with the language its text is in ({@code lang}), so a screen reader pronounces it right:
     * for a list of languages each named in itself.
     */
    public void setItemLanguage(SerializableFunction<T, String> language) {
        for (int i = 0; i < items.size(); i++) {
            getElement().getChild(i).setAttribute("lang", language.apply(items.get(i)));
        }
    }

    /** The items, in the order shown. */
    public List<T> getItems() {
        return items;
    }

    @Override
    protected void setPresentationValue(@Nullable T value) {
        String chosen = value == null ? "" : key.apply(value);
        // the attribute chooses the option when the page is first drawn, the property once it is
        getElement().getChildren().forEach(option -> {
            if (chosen.equals(option.getAttribute("value"))) {
                option.setAttribute("selected", true);
            } else {
                option.removeAttribute("selected");
            }
        });
        getElement().setProperty("value", chosen);
    }
}
