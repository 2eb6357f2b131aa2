package nl.erkenningsportaal.information;

import java.util.Optional;
import nl.erkenningsportaal.account.SignedInUser;

/**
 * Tells the information pages which municipality a signed-in reader belongs to when the account does not say so
 * itself (an officer's account does; a worker's municipality follows from their recognition request). Other
 * modules may implement it as a bean; the pages then show that municipality's local part without asking.
 */
public interface ReaderMunicipality {

    Optional<String> municipalityOf(SignedInUser reader);
}
