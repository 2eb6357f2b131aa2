package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.function.Function;

/**
 * The privacy statement in brief, in the worker's language: what is kept, who sees it, her rights, and how to use
 * them without an account. The officer goes through it with her at the door, and the same text is on her letter.
 */
class PrivacyInBrief extends Div {

    private final boolean onLetter;

    /** {@code onLetter}: the letter's sections are h2 under its h1; on the registration page they sit under an h2. */
    PrivacyInBrief(boolean onLetter) {
        this.onLetter = onLetter;
        addClassName("portal-privacy-brief");
    }

    PrivacyInBrief show(Locale in, String municipality) {
        removeAll();
        getElement().setAttribute("lang", in.getLanguage());
        Function<String, String> t = key -> getTranslation(in, key);
        add(heading(t.apply("recognition.letter.what-title")), new Paragraph(t.apply("recognition.letter.what")),
                heading(t.apply("recognition.letter.who-title")),
                new Paragraph(getTranslation(in, "recognition.letter.who", municipality)),
                heading(t.apply("recognition.letter.rights-title")),
                new UnorderedList(new ListItem(t.apply("recognition.letter.right-see")),
                        new ListItem(t.apply("recognition.letter.right-correct")),
                        new ListItem(t.apply("recognition.letter.right-erase")),
                        new ListItem(t.apply("recognition.letter.right-withdraw"))),
                heading(t.apply("recognition.letter.without-account-title")),
                new Paragraph(getTranslation(in, "recognition.letter.without-account", municipality)));
        return this;
    }

    private Component heading(String text) {
        return onLetter ? new H2(text) : new H3(text);
    }
}
