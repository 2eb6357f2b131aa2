package nl.erkenningsportaal.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;

class ReadersMunicipalityTest {

    final CurrentUser currentUser = mock(CurrentUser.class);

    InformationService service(ReaderMunicipality... resolvers) {
        return new InformationService(mock(InformationPageRepository.class), mock(PageVersionRepository.class),
                mock(MunicipalityService.class), currentUser, mock(AuditService.class), Clock.systemUTC(),
                List.of(resolvers), mock(TextReviewStore.class));
    }

    @Test
    void a_visitor_has_no_municipality_until_they_pick_one() {
        when(currentUser.get()).thenReturn(Optional.empty());
        assertThat(service(reader -> Optional.of("GM0106")).readersMunicipality()).isEmpty();
    }

    @Test
    void an_officer_reads_with_the_municipality_of_the_account() {
        when(currentUser.get()).thenReturn(Optional.of(new SignedInUser(1, "h", Roles.OFFICER, "GM1690", null)));
        assertThat(service(reader -> Optional.of("GM0106")).readersMunicipality()).contains("GM1690");
    }

    @Test
    void a_worker_reads_with_the_municipality_another_module_knows() {
        when(currentUser.get()).thenReturn(Optional.of(new SignedInUser(2, "w", Roles.WORKER, null, null)));
        assertThat(service(reader -> Optional.empty(), reader -> Optional.of("GM0106")).readersMunicipality())
                .contains("GM0106");
        assertThat(service().readersMunicipality()).isEmpty();
    }
}
