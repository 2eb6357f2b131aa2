package nl.erkenningsportaal.mydata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;

/** Erasing everything asks for a word in the reader's language, which a keyboard without its accents can type. */
class MyDataUiTest extends KaribuTest {

    @Test
    void the_erase_word_may_be_typed_without_its_accents_but_not_as_another_word() {
        login(Roles.WORKER);
        for (String[] attempt : new String[][] {{"hu", "torles"}, {"hu", " Törlés "}, {"pl", "usun"},
                {"ro", "sterge"}, {"bg", "изтрий"}}) {
            locale(Locale.of(attempt[0]));
            UI.getCurrent().navigate(""); // a new view in the new language
            UI.getCurrent().navigate("mijn-gegevens");
            assertThat(erase(attempt[1])).as(attempt[0] + " " + attempt[1]).isTrue();
            _find(ConfirmDialog.class).forEach(ConfirmDialog::close);
        }
        locale(Locale.of("hu"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("mijn-gegevens");
        assertThat(erase("torol")).as("another word").isFalse();
        assertThat(erase("WISSEN")).as("the Dutch word, in a Hungarian page").isFalse();
    }

    /** Types {@code word} and asks to erase; whether the last question (the confirmation dialog) opened. */
    private boolean erase(String word) {
        Locale locale = UI.getCurrent().getLocale();
        TextField field = _get(TextField.class, s -> s.withLabel(UI.getCurrent().getTranslation("mydata.erase.type",
                UI.getCurrent().getTranslation("mydata.erase.word"))));
        _setValue(field, word);
        _click(_get(Button.class, s -> s.withText(UI.getCurrent().getTranslation("mydata.erase.button"))));
        boolean asked = _find(ConfirmDialog.class).stream().anyMatch(ConfirmDialog::isOpened);
        assertThat(field.isInvalid()).as(locale + ": the field is marked wrong").isEqualTo(!asked);
        return asked;
    }
}
