package nl.erkenningsportaal.recognition;

import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.stereotype.Component;

/** A worker recognised in Assen, signed in as herself at the end, with her number. */
@Component
public class RecognisedWorkers {

    /** The worker and the number enforcement holds for her. */
    public record Recognised(SignedInUser worker, String number) {}

    private final RecognitionFixtures fixtures;
    private final WorkerRecognitionService workers;
    private final OfficerRecognitionService officers;
    private final TestAccounts accounts;

    RecognisedWorkers(RecognitionFixtures fixtures, WorkerRecognitionService workers,
            OfficerRecognitionService officers, TestAccounts accounts) {
        this.fixtures = fixtures;
        this.workers = workers;
        this.officers = officers;
        this.accounts = accounts;
    }

    public Recognised inAssen(String name) {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity(name, "9401 AB"), null));
        accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.recordChecklist(id, new IntakeChecklist(true, true, true, true, true));
        String number = officers.recognise(id);
        TestAccounts.signIn(worker);
        return new Recognised(worker, number);
    }
}
