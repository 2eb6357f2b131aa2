package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.stereotype.Component;

/** Workers with consent and requests, for tests. */
@Component
public class RecognitionFixtures {

    private final WorkerRecognitionService workers;

    RecognitionFixtures(WorkerRecognitionService workers) {
        this.workers = workers;
    }

    /** A reason to open an identity or the messages, as an officer chooses it. */
    public static final StatedReason INTAKE = new StatedReason(AccessReason.INTAKE, "intakegesprek gepland");

    /** A reason the coordinator chooses. */
    public static final StatedReason SIGNAL = new StatedReason(AccessReason.SIGNAL, "overleg met politie");

    /** The worker was told about the privacy statement in Portuguese and agreed. */
    public static ConsentAtDoor consentAtDoor(int statementVersion) {
        return new ConsentAtDoor(java.util.Locale.of("pt"), statementVersion, true, true);
    }

    public static Identity identity(String name, String postcode) {
        return new Identity(name, LocalDate.of(1995, 3, 14), "BR", "Kerkstraat", "12", "a", postcode, "Assen",
                "+31 6 12345678", "Luna", List.of("pt", "es"), ContactPreference.PORTAL);
    }

    /** The version of the privacy statement published now. */
    public int privacyStatementVersion() {
        return workers.privacyStatementVersion();
    }

    /** A new worker account with consent, signed in. */
    public SignedInUser signedInWorker() {
        TestAccounts.signOut();
        String username = "w-" + UUID.randomUUID().toString().substring(0, 8);
        long id = workers.signUp(new SignUp(username, "a long enough password", true,
                workers.privacyStatementVersion()));
        SignedInUser user = new SignedInUser(id, username, Roles.WORKER, null, null);
        TestAccounts.signIn(user);
        return user;
    }

    /** A new worker who submitted a request for an address in Assen; returns the request id. */
    public long submittedInAssen(String name) {
        signedInWorker();
        long id = workers.submit(new NewRequest(identity(name, "9401 AB"), null));
        TestAccounts.signOut();
        return id;
    }
}
