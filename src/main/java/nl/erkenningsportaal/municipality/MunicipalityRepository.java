package nl.erkenningsportaal.municipality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<MunicipalityEntity, String> {
    List<MunicipalityEntity> findAllByOrderByNameAsc();
}
