package nl.erkenningsportaal.platform;

import java.io.Serial;
import java.util.Arrays;
import java.util.Optional;

/**
 * A service refusing a request for a reason the user can act on. {@code messageKey} is a translation key; the UI
 * shows its translation, never the exception's text.
 */
public class Refusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The translation key of the label of the field this refusal concerns, when it names one ({@link FieldLabel}). */
    public Optional<String> field() {
        return Arrays.stream(arguments).filter(FieldLabel.class::isInstance).map(a -> ((FieldLabel) a).key())
                .findFirst();
    }
}
