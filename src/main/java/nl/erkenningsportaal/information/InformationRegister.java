package nl.erkenningsportaal.information;

import static java.time.temporal.ChronoUnit.YEARS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.municipality.RegionRetention;
import nl.erkenningsportaal.privacy.DataCategory;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionJob;
import nl.erkenningsportaal.privacy.RetentionRule;
import nl.erkenningsportaal.privacy.RetentionWork;
import nl.erkenningsportaal.privacy.Term;
import org.springframework.stereotype.Component;

/**
 * The information module's tables in the processing register. Pages are public texts; the only personal data is the
 * user name of the administrator who saved a version, kept (like the audit trail, for the same accountability) for
 * the region's audit term and then removed. The versions themselves stay: a consent names the version it was given
 * for.
 */
@Component
class InformationRegister implements ProcessingDeclaration, RetentionJob {

    static final String JOB = "information";
    /** What an author's name is replaced by once its term is over. */
    static final String REMOVED = "";

    static final RetentionRule AUTHORS = new RetentionRule("information.version.author", JOB,
            Purpose.INFORMATION, Term.region(RegionRetention.AUDIT_YEARS, YEARS));

    private final PageVersionRepository versions;
    private final TextReviewStore reviews;
    private final ProcessingRegister register;
    private final RetentionWork work;

    InformationRegister(PageVersionRepository versions, TextReviewStore reviews, ProcessingRegister register,
            RetentionWork work) {
        this.versions = versions;
        this.reviews = reviews;
        this.register = register;
        this.work = work;
    }

    @Override
    public String module() {
        return "information";
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(AUTHORS);
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.notPersonal("information_page", Purpose.INFORMATION, "id", "slug", "audience",
                        "created_at", "version"),
                DeclaredTable.table("information_page_version", Purpose.INFORMATION, LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.ADMIN)
                        .keptBy(AUTHORS)
                        .notPersonal("id", "page_id", "version_no", "status", "last_reviewed", "saved_at",
                                "asks_consent_again")
                        .columns(DataCategory.ACCOUNT, "saved_by")
                        .build(),
                DeclaredTable.notPersonal("information_page_text", Purpose.INFORMATION, "version_id", "language",
                        "title", "body"),
                DeclaredTable.notPersonal("information_page_local", Purpose.INFORMATION, "version_id",
                        "municipality_id", "language", "body"),
                DeclaredTable.table("information_translation_review", Purpose.INFORMATION,
                                LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.ADMIN)
                        .keptBy(AUTHORS)
                        .notPersonal("subject", "language", "version_no", "recorded_at")
                        .columns(DataCategory.ACCOUNT, "reviewer", "recorded_by")
                        .build(),
                DeclaredTable.table("information_page_sign_off", Purpose.INFORMATION, LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.ADMIN)
                        .keptBy(AUTHORS)
                        .notPersonal("page_slug", "municipality_id", "version_no", "signed_at")
                        .columns(DataCategory.ACCOUNT, "signed_by")
                        .build());
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run(Clock clock) {
        LocalDateTime before = LocalDateTime.ofInstant(register.cutoff(AUTHORS.id(), null, clock), ZoneOffset.UTC);
        work.inBatches(AUTHORS.id(), () -> versions.forgetAuthorsBefore(before, REMOVED, RetentionWork.BATCH));
        work.inBatches(AUTHORS.id(), () -> reviews.forgetReviewersBefore(before, REMOVED, RetentionWork.BATCH));
        work.inBatches(AUTHORS.id(), () -> reviews.forgetSignersBefore(before, REMOVED, RetentionWork.BATCH));
    }
}
