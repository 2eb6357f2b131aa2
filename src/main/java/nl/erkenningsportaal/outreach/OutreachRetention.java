package nl.erkenningsportaal.outreach;

import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * Outreach retention, with each municipality's terms: a visit where nobody opened or the person did not want to talk
 * loses its address, notes and follow-up within weeks (the visit and its outcome stay, so it still counts); every
 * visit goes after the term for visits; an advertisement goes after the term since it was last seen (the visits that
 * named it stay, without the link). The anonymous overview counted them when they were recorded.
 */
@Component
class OutreachRetention implements RetentionJob {

    static final String JOB = "outreach";

    static final RetentionRule NO_CONTACT = new RetentionRule("outreach.visit.no-contact", JOB, Purpose.OUTREACH,
            Term.municipality(RetentionSettings.VISIT_ADDRESS_WEEKS, WEEKS));
    static final RetentionRule VISITS = new RetentionRule("outreach.visit", JOB, Purpose.OUTREACH,
            Term.municipality(RetentionSettings.VISITS_MONTHS, MONTHS));
    static final RetentionRule ADVERTISEMENTS = new RetentionRule("outreach.advertisement", JOB, Purpose.OUTREACH,
            Term.municipality(RetentionSettings.ADVERTISEMENTS_MONTHS, MONTHS));

    static final List<RetentionRule> RULES = List.of(NO_CONTACT, VISITS, ADVERTISEMENTS);

    private final OutreachStore store;
    private final ProcessingRegister register;
    private final RetentionWork work;

    OutreachRetention(OutreachStore store, ProcessingRegister register, RetentionWork work) {
        this.store = store;
        this.register = register;
        this.work = work;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        List<String> outcomes = Outcome.NO_CONTACT.stream().map(Enum::name).sorted().toList();
        for (String m : register.scopes(NO_CONTACT.id())) {
            // visited_at is the officer's local time
            LocalDateTime before = register.cutoffDate(NO_CONTACT.id(), m, clock).atStartOfDay();
            work.inBatches(NO_CONTACT.id(), () -> store.forgetAddressesBefore(m, outcomes, before,
                    RetentionWork.BATCH));
        }
        for (String m : register.scopes(VISITS.id())) {
            LocalDateTime before = register.cutoffDate(VISITS.id(), m, clock).atStartOfDay();
            work.inBatches(VISITS.id(), () -> store.deleteVisitsBefore(m, before, RetentionWork.BATCH));
        }
        for (String m : register.scopes(ADVERTISEMENTS.id())) {
            List<Long> due = store.advertisementsLastSeenBefore(m, register.cutoffDate(ADVERTISEMENTS.id(), m, clock));
            work.eachInOwnTransaction(ADVERTISEMENTS.id(), due, store::deleteAdvertisement);
        }
    }
}
