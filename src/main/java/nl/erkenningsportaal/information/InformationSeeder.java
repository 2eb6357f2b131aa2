package nl.erkenningsportaal.information;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
 * that exist keep every text they have (an administrator may have changed them); only a language they do not have
 * at all — one the portal began to speak after they were stored — is added from the shipped files, to the newest
 * published version and any draft after it, without a new version number (the texts already there, and so what a
 * reader consented to, do not change). Safe when several nodes start at once: the unique slug lets one of them win,
 * and additions happen under the page's lock.
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
        seed(ShippedPages.load().values());
    }

    /** Creates the pages that do not exist and adds the languages that existing ones lack. */
    void seed(Collection<ShippedPages.ShippedPage> shippedPages) {
        int created = 0;
        int translated = 0;
        for (ShippedPages.ShippedPage shipped : shippedPages) {
            try {
                Boolean added = transaction.execute(status -> create(shipped));
                if (Boolean.TRUE.equals(added)) {
                    created++;
                } else {
                    Integer languages = transaction.execute(status -> addMissingLanguages(shipped));
                    translated += languages == null ? 0 : languages;
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Information page {} was created by another node", shipped.slug());
            }
        }
        log.info("Information pages: {} created from the shipped files, {} shipped translations added", created,
                translated);
    }

    /** Adds the shipped languages an existing page lacks; the number of texts added. */
    private int addMissingLanguages(ShippedPages.ShippedPage shipped) {
        InformationPage page = pages.lockBySlug(shipped.slug()).orElse(null);
        if (page == null) {
            return 0;
        }
        int added = 0;
        for (PageVersion version : versions.findByPageOrderByNumberDesc(page)) {
            List<String> languages = new ArrayList<>();
            for (PageText text : shipped.texts().values()) {
                if (version.addTranslation(text)) {
                    languages.add(text.language());
                }
            }
            if (!languages.isEmpty()) {
                versions.saveAndFlush(version);
                added += languages.size();
                audit.record(AuditActor.SYSTEM, AuditAction.PAGE_SAVED, InformationService.SUBJECT_TYPE,
                        shipped.slug(), "version=%d added shipped languages=%s".formatted(version.number(),
                                String.join(",", languages)));
            }
            if (version.status() == PageStatus.PUBLISHED) {
                break; // older versions are history: they stay as they were
            }
        }
        return added;
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
