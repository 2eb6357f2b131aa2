package nl.erkenningsportaal.information;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PageVersionRepository extends JpaRepository<PageVersion, Long> {

    Optional<PageVersion> findFirstByPageOrderByNumberDesc(InformationPage page);

    Optional<PageVersion> findFirstByPageAndStatusOrderByNumberDesc(InformationPage page, PageStatus status);

    List<PageVersion> findByPageOrderByNumberDesc(InformationPage page);

    Optional<PageVersion> findFirstByPageAndStatusAndAsksConsentAgainTrueOrderByNumberDesc(InformationPage page,
            PageStatus status);

    /** Replaces the author of at most {@code batch} versions saved before {@code before} (UTC); returns how many. */
    @Modifying
    @Query(value = """
            UPDATE information_page_version SET saved_by = :removed
            WHERE saved_at < :before AND saved_by <> :removed LIMIT :batch""", nativeQuery = true)
    int forgetAuthorsBefore(@Param("before") LocalDateTime before, @Param("removed") String removed,
            @Param("batch") int batch);
}
