package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.recognition.ChecklistAnswer;
import nl.erkenningsportaal.recognition.ReasonEntry;

/**
 * The municipality's extra checklist items in a checklist dialog (decision 0051): one checkbox each, after the legal
 * core items, a required one marked as such; ticked as answered before when the same item (any version) was.
 */
final class ExtraChecklist {

    private final Map<ReasonEntry, Checkbox> boxes = new LinkedHashMap<>();

    ExtraChecklist(FormLayout form, Locale locale, List<ReasonEntry> offered, List<ChecklistAnswer> before) {
        for (ReasonEntry item : offered) {
            String text = item.shownIn(locale, form::getTranslation);
            Checkbox box = new Checkbox(item.required()
                    ? form.getTranslation("reasons.checklist.required-item", text) : text);
            box.setValue(before.stream().anyMatch(a -> a.ticked() && a.item().lineage().equals(item.lineage())));
            form.add(box);
            form.setColspan(box, 2);
            boxes.put(item, box);
        }
    }

    /** Catalogue entry id to ticked, for the service. */
    Map<Long, Boolean> answers() {
        Map<Long, Boolean> answers = new LinkedHashMap<>();
        boxes.forEach((item, box) -> answers.put(item.id(), box.getValue()));
        return answers;
    }

    /** The answers as recorded, each item as it read when answered. */
    static ListItem shown(ChecklistAnswer a, com.vaadin.flow.component.Component where, Locale locale) {
        return new ListItem(a.item().shownIn(locale, where::getTranslation) + ": "
                + where.getTranslation(a.ticked() ? "action.yes" : "action.no"));
    }
}
