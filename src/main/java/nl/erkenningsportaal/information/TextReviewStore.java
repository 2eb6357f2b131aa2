package nl.erkenningsportaal.information;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The translation reviews and the municipalities' sign-offs of information pages (V0310); times in UTC. */
@Repository
class TextReviewStore {

    /** A native speaker's reading of one text in one language, for a page version ({@code null} for the screens). */
    record Review(String subject, String language, @Nullable Integer version, String reviewer, String recordedBy,
            LocalDateTime recordedAt) {}

    /** A municipality's sign-off of one published version of a page. */
    record SignOff(String slug, String municipalityId, int version, String signedBy, LocalDateTime signedAt) {}

    private final JdbcClient jdbc;

    TextReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Review> reviews() {
        return jdbc.sql("""
                SELECT subject, language, version_no AS version, reviewer, recorded_by, recorded_at
                FROM information_translation_review ORDER BY subject, language""").query(Review.class).list();
    }

    /** Records a review, replacing an earlier one of the same text and language. */
    void saveReview(Review review) {
        jdbc.sql("""
                INSERT INTO information_translation_review
                    (subject, language, version_no, reviewer, recorded_by, recorded_at)
                VALUES (:subject, :language, :version, :reviewer, :recordedBy, :recordedAt)
                ON DUPLICATE KEY UPDATE version_no = VALUES(version_no), reviewer = VALUES(reviewer),
                    recorded_by = VALUES(recorded_by), recorded_at = VALUES(recorded_at)""")
                .paramSource(review).update();
    }

    List<SignOff> signOffs() {
        return jdbc.sql("""
                SELECT page_slug AS slug, municipality_id, version_no AS version, signed_by, signed_at
                FROM information_page_sign_off ORDER BY page_slug, municipality_id""").query(SignOff.class).list();
    }

    boolean signedOff(String slug, String municipalityId, int version) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM information_page_sign_off
                WHERE page_slug = :slug AND municipality_id = :municipality AND version_no = :version""")
                .param("slug", slug).param("municipality", municipalityId).param("version", version)
                .query(Integer.class).single() > 0;
    }

    void saveSignOff(SignOff signOff) {
        jdbc.sql("""
                INSERT INTO information_page_sign_off (page_slug, municipality_id, version_no, signed_by, signed_at)
                VALUES (:slug, :municipalityId, :version, :signedBy, :signedAt)
                ON DUPLICATE KEY UPDATE version_no = VALUES(version_no), signed_by = VALUES(signed_by),
                    signed_at = VALUES(signed_at)""")
                .paramSource(signOff).update();
    }

    /** The names on reviews recorded before {@code before} give way to {@code removed}, at most {@code limit} rows. */
    int forgetReviewersBefore(LocalDateTime before, String removed, int limit) {
        return jdbc.sql("""
                UPDATE information_translation_review SET reviewer = :removed, recorded_by = :removed
                WHERE recorded_at < :before AND (reviewer <> :removed OR recorded_by <> :removed) LIMIT :limit""")
                .param("removed", removed).param("before", before).param("limit", limit).update();
    }

    /** The names on sign-offs recorded before {@code before} give way to {@code removed}, at most {@code limit}. */
    int forgetSignersBefore(LocalDateTime before, String removed, int limit) {
        return jdbc.sql("""
                UPDATE information_page_sign_off SET signed_by = :removed
                WHERE signed_at < :before AND signed_by <> :removed LIMIT :limit""")
                .param("removed", removed).param("before", before).param("limit", limit).update();
    }
}
