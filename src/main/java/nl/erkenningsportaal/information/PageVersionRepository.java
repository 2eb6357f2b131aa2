package nl.erkenningsportaal.information;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PageVersionRepository extends JpaRepository<PageVersion, Long> {

    Optional<PageVersion> findFirstByPageOrderByNumberDesc(InformationPage page);

    Optional<PageVersion> findFirstByPageAndStatusOrderByNumberDesc(InformationPage page, PageStatus status);

    List<PageVersion> findByPageOrderByNumberDesc(InformationPage page);

    Optional<PageVersion> findFirstByPageAndStatusAndAsksConsentAgainTrueOrderByNumberDesc(InformationPage page,
            PageStatus status);
}
