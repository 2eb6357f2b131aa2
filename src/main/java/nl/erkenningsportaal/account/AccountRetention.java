package nl.erkenningsportaal.account;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Account retention, with the region's terms. A worker's account that holds no request or booking (no module keeps it
 * {@link AccountInUse in use}) and has not signed in for the term gets a notice in its inbox
 * ({@link IdleAccountWarned}); if she still has not signed in the notice term later, the account is erased with
 * everything every module holds for it (each account in a transaction of its own). A disabled staff account is
 * erased the term after it was disabled. A token of a link in mail goes once it was used or expired.
 */
@Component
class AccountRetention implements RetentionJob {

    static final String JOB = "account";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static final RetentionRule IDLE_NOTICE = new RetentionRule(AccountRules.WORKER_IDLE_NOTICE, JOB,
            Purpose.ACCOUNTS, Term.region(RegionRetention.IDLE_ACCOUNT_MONTHS, MONTHS));
    static final RetentionRule IDLE_ERASE = new RetentionRule(AccountRules.WORKER_IDLE_ERASE, JOB,
            Purpose.ACCOUNTS, Term.region(RegionRetention.IDLE_NOTICE_WEEKS, WEEKS));
    static final RetentionRule STAFF_DISABLED = new RetentionRule(AccountRules.STAFF_DISABLED, JOB,
            Purpose.ACCOUNTS, Term.region(RegionRetention.DISABLED_STAFF_MONTHS, MONTHS));

    static final RetentionRule LINK_TOKENS = new RetentionRule("account.link-token", JOB, Purpose.SECURITY,
            Term.fixed(0, DAYS));

    /** A login throttle's row goes at the daily run once its count is forgotten (reads skip it from then on). */
    static final RetentionRule LOGIN_THROTTLE = new RetentionRule("account.login-throttle", JOB, Purpose.SECURITY,
            Term.fixed(0, DAYS));

    static final List<RetentionRule> RULES = List.of(IDLE_NOTICE, IDLE_ERASE, STAFF_DISABLED, LINK_TOKENS,
            LOGIN_THROTTLE);

    private final IdleAccounts accounts;
    private final MailTokens tokens;
    private final LoginThrottleStore throttles;
    private final ProcessingRegister register;
    private final RetentionWork work;
    private final List<AccountInUse> uses;
    private final List<PersonalDataContributor> contributors;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    AccountRetention(IdleAccounts accounts, MailTokens tokens, LoginThrottleStore throttles, ProcessingRegister register,
            RetentionWork work,
            List<AccountInUse> uses, List<PersonalDataContributor> contributors, AuditService audit,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttles = throttles;
        this.register = register;
        this.work = work;
        this.uses = uses;
        this.contributors = contributors;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        LocalDateTime now = utc(clock.instant());
        List<Long> idle = accounts.idleSince(utc(register.cutoff(IDLE_NOTICE.id(), null, clock)));
        LocalDate erasedFrom = LocalDate.now(clock.withZone(AMSTERDAM))
                .plus(register.amount(IDLE_ERASE.id(), null), IDLE_ERASE.term().unit());
        work.eachInOwnTransaction(IDLE_NOTICE.id(), notInUse(idle), id -> {
            accounts.markWarned(id, now);
            events.publishEvent(new IdleAccountWarned(id, erasedFrom));
        });

        List<Long> warned = accounts.warnedBefore(utc(register.cutoff(IDLE_ERASE.id(), null, clock)));
        work.eachInOwnTransaction(IDLE_ERASE.id(), notInUse(warned), this::eraseWorker);

        List<Long> disabled = accounts.staffDisabledBefore(utc(register.cutoff(STAFF_DISABLED.id(), null, clock)));
        work.eachInOwnTransaction(STAFF_DISABLED.id(), disabled, id -> {
            audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "ACCOUNT", Long.toString(id),
                    "retention: disabled staff account");
            accounts.deleteStaff(id);
        });

        LocalDateTime tokensBefore = utc(register.cutoff(LINK_TOKENS.id(), null, clock));
        work.inBatches(LINK_TOKENS.id(), () -> tokens.forgetUsedOrExpired(tokensBefore, RetentionWork.BATCH));

        Instant throttlesBefore = register.cutoff(LOGIN_THROTTLE.id(), null, clock);
        work.once(LOGIN_THROTTLE.id(), () -> throttles.deleteExpired(throttlesBefore));
    }

    /** Everything every module holds for the account, then the account itself. */
    private void eraseWorker(long id) {
        for (PersonalDataContributor c : contributors) {
            c.erase(id);
        }
        audit.record(AuditActor.SYSTEM, AuditAction.DATA_ERASED, "ACCOUNT", Long.toString(id),
                "retention: idle account");
        accounts.deleteWorker(id);
    }

    private List<Long> notInUse(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Set<Long> used = new HashSet<>();
        uses.forEach(u -> used.addAll(u.inUse(accounts)));
        return accounts.stream().filter(id -> !used.contains(id)).toList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
