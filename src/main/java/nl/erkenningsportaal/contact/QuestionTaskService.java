package nl.erkenningsportaal.contact;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.notification.MailTemplate;
import nl.erkenningsportaal.notification.Notices;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach team's side of the questions asked without an account: always of the officer's own municipality (any
 * other is "not found"). The list holds no text; opening a question is audited. She is answered by mail (a discreet
 * mail with a link to the answer, which works until the question is erased) or by phone, or it is closed without an
 * answer; closing erases the way to reach her at once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class QuestionTaskService {

    static final int LIST_MAX = 500;
    static final String ANSWER_PATH = "antwoord/";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final QuestionStore store;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Notices notices;
    private final Clock clock;

    QuestionTaskService(QuestionStore store, CurrentUser currentUser, AuditService audit, Notices notices,
            Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** Open questions (oldest first) or closed ones (newest first), without text. */
    public List<QuestionTask> questions(boolean open) {
        return store.list(municipality(), open, LIST_MAX).stream().map(r -> new QuestionTask(r.id(), r.createdAt(),
                r.language(), r.replyMethod(), r.closed(), r.outcome())).toList();
    }

    /** Opens a question: its text, the way to answer and the answer given; audited. */
    @Transactional
    public QuestionDetails open(long id) {
        QuestionStore.Row r = store.find(municipality(), id, false).orElseThrow(() -> new Refusal("error.not-found"));
        QuestionStore.Opened opened = store.open(r);
        audit.record(AuditAction.QUESTION_OPENED, "QUESTION", Long.toString(r.id()), null);
        return new QuestionDetails(r.id(), r.createdAt(), r.language(), r.replyMethod(), opened.replyTo(),
                opened.message(), r.closed(), r.outcome(), opened.answer(), r.createdAt().plus(ContactRetention.QUESTION_KEPT));
    }

    /**
     * Answers by mail and closes: the answer is stored encrypted behind a one-time random link, and the mail to her
     * address holds only that link and until when it works (no text of the answer, nothing that gives the portal
     * away). Her address is erased from the question at once; the outbox keeps it encrypted until the mail is sent.
     */
    @Transactional
    public void answerByMail(long id, String answer) {
        QuestionStore.Row r = openForChange(id);
        String address = store.open(r).replyTo();
        if (r.replyMethod() != ReplyMethod.EMAIL || address == null) {
            throw new Refusal("contact.error.no-address");
        }
        String text;
        try {
            text = FreeText.lines(answer, ContactLimits.MESSAGE_MAX, "contact.question-task.answer");
        } catch (Refusal e) {
            throw new Refusal("contact.error.answer", ContactLimits.MESSAGE_MAX);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.answer(r.id(), text, QuestionService.sha256(token), now);
        LocalDate until = LocalDate.ofInstant(r.createdAt().plus(ContactRetention.QUESTION_KEPT), AMSTERDAM);
        notices.mailAddress(address, MailTemplate.QUESTION_ANSWERED, Locale.of(r.language()),
                List.of(notices.pageUrl(ANSWER_PATH + token), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(Locale.of(r.language())).format(until)), r.municipalityId());
    }

    /** She was answered by phone: closed, and her number erased. */
    @Transactional
    public void answeredByPhone(long id) {
        QuestionStore.Row r = openForChange(id);
        if (r.replyMethod() != ReplyMethod.PHONE) {
            throw new Refusal("contact.error.no-phone");
        }
        store.close(r.id(), QuestionOutcome.ANSWERED_BY_PHONE, clock.instant());
    }

    /** Read and closed without an answer (none was asked for, or she could not be reached); her details erased. */
    @Transactional
    public void closeWithoutAnswer(long id) {
        store.close(openForChange(id).id(), QuestionOutcome.CLOSED_WITHOUT_ANSWER, clock.instant());
    }

    private QuestionStore.Row openForChange(long id) {
        QuestionStore.Row r = store.find(municipality(), id, true).orElseThrow(() -> new Refusal("error.not-found"));
        if (r.closed()) {
            throw new Refusal("contact.error.closed");
        }
        return r;
    }

    private String municipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }
}
