package nl.erkenningsportaal.outreach;

import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.erkenningsportaal.municipality.RetentionSettings;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ProcessingRegister register;
    private final RetentionWork work;

    OutreachRetention(JdbcClient jdbc, ProcessingRegister register, RetentionWork work) {
        this.jdbc = jdbc;
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
            LocalDate before = register.cutoffDate(NO_CONTACT.id(), m, clock);
            work.inBatches(NO_CONTACT.id(), () -> jdbc.sql("""
                    UPDATE outreach_visit SET address_enc = NULL, notes_enc = NULL, follow_up = NULL
                    WHERE municipality_id = :municipality AND outcome IN (:outcomes) AND visited_at < :before
                      AND (address_enc IS NOT NULL OR notes_enc IS NOT NULL OR follow_up IS NOT NULL)
                    LIMIT :batch""").param("municipality", m).param("outcomes", outcomes)
                    .param("before", before.atStartOfDay()).param("batch", RetentionWork.BATCH).update());
        }
        for (String m : register.scopes(VISITS.id())) {
            LocalDate before = register.cutoffDate(VISITS.id(), m, clock);
            work.inBatches(VISITS.id(), () -> jdbc.sql("""
                    DELETE FROM outreach_visit WHERE municipality_id = :municipality AND visited_at < :before
                    LIMIT :batch""").param("municipality", m).param("before", before.atStartOfDay())
                    .param("batch", RetentionWork.BATCH).update());
        }
        for (String m : register.scopes(ADVERTISEMENTS.id())) {
            List<Long> due = jdbc.sql("""
                    SELECT id FROM outreach_advertisement WHERE municipality_id = :municipality AND last_seen < :before""")
                    .param("municipality", m).param("before", register.cutoffDate(ADVERTISEMENTS.id(), m, clock))
                    .query(Long.class).list();
            work.eachInOwnTransaction(ADVERTISEMENTS.id(), due, this::eraseAdvertisement);
        }
    }

    private void eraseAdvertisement(long id) {
        jdbc.sql("UPDATE outreach_visit SET advertisement_id = NULL WHERE advertisement_id = :id").param("id", id)
                .update();
        jdbc.sql("DELETE FROM outreach_advertisement WHERE id = :id").param("id", id).update();
    }
}
