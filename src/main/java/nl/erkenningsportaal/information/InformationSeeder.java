package nl.erkenningsportaal.information;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditActor;
import nl.erkenningsportaal.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, in every profile, creates the shipped pages that do not exist yet as published version 1. Pages
 * that exist are left alone (an administrator may have changed them). Safe when several nodes start at once: the
 * unique slug lets one of them win.
 */
@Component
class InformationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InformationSeeder.class);

    private final InformationPageRepository pages;
    private final PageVersionRepository versions;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InformationSeeder(InformationPageRepository pages, PageVersionRepository versions, AuditService audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.pages = pages;
        this.versions = versions;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (ShippedPages.ShippedPage shipped : ShippedPages.load().values()) {
            try {
                Boolean added = transaction.execute(status -> create(shipped));
                if (Boolean.TRUE.equals(added)) {
                    created++;
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Information page {} was created by another node", shipped.slug());
            }
        }
        log.info("Information pages: {} created from the shipped files", created);
    }

    private boolean create(ShippedPages.ShippedPage shipped) {
        if (pages.findBySlug(shipped.slug()).isPresent()) {
            return false;
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        InformationPage page = pages.saveAndFlush(new InformationPage(shipped.slug(), shipped.audience(), now));
        Set<PageText> texts = new HashSet<>(shipped.texts().values());
        versions.saveAndFlush(new PageVersion(page, 1, PageStatus.PUBLISHED, LocalDate.now(clock),
                AuditActor.SYSTEM.account(), now, texts, Set.of()));
        audit.record(AuditActor.SYSTEM, AuditAction.PAGE_PUBLISHED, InformationService.SUBJECT_TYPE, shipped.slug(),
                "version=1 shipped languages=" + String.join(",", shipped.texts().keySet()));
        return true;
    }
}
