package nl.erkenningsportaal.platform;

import com.vaadin.flow.function.SerializableFunction;
import java.util.List;

/**
 * The one "mine / unassigned / everyone's" filter of every assignable staff list (visit follow-ups, care requests,
 * signal cases): the browser's own select, each option saying what it filters on, so the lists read and behave the
 * same and the keyboard and screen readers know it without ARIA of ours.
 */
public final class WhoseFilter {

    private WhoseFilter() {}

    /**
     * A select of {@link Whose}, "everyone's" chosen at first.
     *
     * @param translate the owning view's {@code getTranslation}
     * @param id the element id (unique on the page, for tests and labels)
     */
    public static NativeSelect<Whose> create(SerializableFunction<String, String> translate, String id) {
        NativeSelect<Whose> whose = new NativeSelect<>(List.of(Whose.values()), Enum::name,
                w -> translate.apply("whose.label") + ": " + translate.apply("whose." + w), Whose.EVERYONE);
        whose.setId(id);
        whose.setAriaLabel(translate.apply("whose.label"));
        whose.addClassName("portal-whose");
        return whose;
    }
}
