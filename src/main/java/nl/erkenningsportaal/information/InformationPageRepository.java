package nl.erkenningsportaal.information;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InformationPageRepository extends JpaRepository<InformationPage, Long> {

    Optional<InformationPage> findBySlug(String slug);

    List<InformationPage> findAllByOrderBySlugAsc();

    /** The page, locked until the transaction ends: saves of one page are numbered one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from InformationPage p where p.slug = :slug")
    Optional<InformationPage> lockBySlug(String slug);
}
