package nl.erkenningsportaal.recognition;

import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care offer of the intake, for the worker's own help page (the contact module): which municipality her
 * newest request is with and what the officer offered her in the intake conversation. Only ever her own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class CareOfferService {

    private final RecognitionRequestRepository requests;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;

    CareOfferService(RecognitionRequestRepository requests, MunicipalityService municipalities,
            CurrentUser currentUser) {
        this.requests = requests;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
    }

    /** Her newest request's municipality and intake care offer; empty when she has no request. */
    public Optional<MyIntake> myIntake() {
        return requests.findByWorkerAccountIdOrderBySubmittedAtDesc(currentUser.require().id()).stream().findFirst()
                .map(r -> {
                    IntakeChecklist checklist = r.checklist();
                    String name = municipalities.find(r.municipalityId).map(Municipality::name)
                            .orElse(r.municipalityId);
                    return new MyIntake(r.municipalityId, name, r.checklistRecordedAt,
                            checklist != null && checklist.informedAboutGgd(),
                            checklist != null && checklist.careOrExitProgrammeOffered());
                });
    }
}
