package nl.erkenningsportaal.contact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A question to a municipality's outreach team without an account: the lowest threshold the portal offers, and so the
 * front door a script would flood. No name is asked; a way to answer only if she wants one. Guarded without a
 * third-party captcha:
 * <ul>
 * <li>per source address (a keyed hash, in MariaDB, so every node counts the same): at most
 * {@link ContactSettings#questionsPerSourceHour()} an hour and {@link ContactSettings#questionsPerSourceDay()} a day;
 * <li>a form sent sooner than {@link ContactSettings#minimumFillTime()} after it was shown is refused (the time is
 * kept on the server, with the form);
 * <li>a field no person sees (a honeypot): filled in, the question is taken without a word and thrown away;
 * <li>the same text for the same municipality within a day is stored once.
 * </ul>
 * The refusals a person can meet (too many, too fast, a field) are translated and say what to do.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class QuestionService {

    static final String SOURCE_PURPOSE = "question-source";
    static final String MESSAGE_PURPOSE = "question-message";
    static final Duration SAME_MESSAGE_WINDOW = Duration.ofDays(1);

    private final QuestionStore store;
    private final MunicipalityService municipalities;
    private final FieldCipher cipher;
    private final ContactSettings settings;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;

    QuestionService(QuestionStore store, MunicipalityService municipalities, FieldCipher cipher,
            ContactSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.municipalities = municipalities;
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The municipalities whose outreach team takes questions: those taking part. */
    public List<Municipality> municipalities() {
        return municipalities.participating();
    }

    /**
     * Takes a question. Returns normally when it was taken (also when a script filled the hidden field or sent the
     * same text again: it is not stored then, and the sender is not told); refuses with a translated key when the
     * source sent too many, the form came back too fast, or a field is wrong (the key names the field, nothing is
     * stored).
     */
    @Transactional
    public void ask(NewQuestion question, FormGuard guard, String source) {
        Instant now = clock.instant();
        String sourceHash = cipher.blindIndex(SOURCE_PURPOSE, source);
        if (store.attemptsSince(sourceHash, now.minus(Duration.ofHours(1))) >= settings.questionsPerSourceHour()
                || store.attemptsSince(sourceHash, now.minus(Duration.ofDays(1))) >= settings.questionsPerSourceDay()) {
            throw new Refusal("contact.error.too-many-questions");
        }
        if (guard.shownAt().plus(settings.minimumFillTime()).isAfter(now)) {
            recordAttemptApart(sourceHash, now); // the refusal rolls this transaction back; the attempt counts
            throw new Refusal("contact.error.too-fast");
        }
        if (guard.hiddenField() != null && !guard.hiddenField().isEmpty()) {
            store.recordAttempt(sourceHash, now);
            return;
        }
        String municipalityId = municipalities.participating().stream().map(Municipality::id)
                .filter(id -> id.equals(question.municipalityId())).findFirst()
                .orElseThrow(() -> new Refusal("contact.error.municipality"));
        String message;
        try {
            message = FreeText.lines(question.message(), ContactLimits.QUESTION_MAX, "contact.field.question");
        } catch (Refusal r) {
            throw new Refusal("contact.error.question", ContactLimits.QUESTION_MAX);
        }
        String language = ContactDetails.language(question.language());
        ReplyMethod method = question.replyMethod() == null ? ReplyMethod.NONE : question.replyMethod();
        String replyTo = switch (method) {
            case NONE -> null;
            case EMAIL -> ContactDetails.email(question.replyTo());
            case PHONE -> ContactDetails.phone(question.replyTo());
        };
        store.recordAttempt(sourceHash, now);
        String messageHash = cipher.blindIndex(MESSAGE_PURPOSE, normalised(message));
        if (store.sameMessageSince(municipalityId, messageHash, now.minus(SAME_MESSAGE_WINDOW))) {
            return;
        }
        store.insert(municipalityId, message, messageHash, language, method, replyTo, now);
    }

    /**
     * The answer behind the link in the answer mail, until the question is erased; empty for a link that is unknown,
     * or whose question is gone.
     */
    public Optional<AnswerToRead> answer(String token) {
        if (!token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return store.findByAnswerToken(sha256(token)).filter(r -> r.answerSealed() != null && r.closedAt() != null)
                .map(r -> {
                    QuestionStore.Opened opened = store.open(r);
                    String name = municipalities.find(r.municipalityId()).map(Municipality::name)
                            .orElse(r.municipalityId());
                    return new AnswerToRead(name, opened.message(), java.util.Objects.requireNonNull(opened.answer()),
                            java.util.Objects.requireNonNull(r.closedAt()), r.createdAt().plus(ContactRetention.QUESTION_KEPT));
                });
    }

    private void recordAttemptApart(String sourceHash, Instant now) {
        separateTransaction.executeWithoutResult(s -> store.recordAttempt(sourceHash, now));
    }

    /** Case, accents, spacing and punctuation do not make a bulk text new. */
    static String normalised(String message) {
        return Normalizer.normalize(message, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
