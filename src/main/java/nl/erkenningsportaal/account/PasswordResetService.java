package nl.erkenningsportaal.account;

import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot my password" for workers with a confirmed address. The answer is the same whether or not the address
 * belongs to an account, and the work done is nearly the same (the mail itself leaves from the background sender).
 * Staff passwords are reset by an administrator instead.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class PasswordResetService {

    static final String RESET_PATH = "wachtwoord-herstellen";
    static final int EMAIL_MAX = 254;

    private final AccountContacts contacts;
    private final MailTokens tokens;
    private final AccountMail mail;

    PasswordResetService(AccountContacts contacts, MailTokens tokens, AccountMail mail) {
        this.contacts = contacts;
        this.tokens = tokens;
        this.mail = mail;
    }

    /** Mails a reset link if {@code email} is the confirmed address of a worker; otherwise does nothing visible. */
    @Transactional
    public void requestReset(String email) {
        String candidate = email.length() > EMAIL_MAX ? "" : email;
        String token = MailTokens.newToken(); // made either way, so both paths take about as long
        MailTokens.hash(token);
        Optional<Long> account = contacts.workerWithConfirmedEmail(candidate);
        account.ifPresent(id -> {
            String issued = tokens.issue(id, MailTokens.Purpose.RESET_PASSWORD, null);
            mail.passwordResetLink(id, RESET_PATH + "/" + issued, tokens.validHours());
        });
    }

    public boolean usable(String token) {
        return tokens.usable(token, MailTokens.Purpose.RESET_PASSWORD);
    }

    /** Sets the new password and uses the link up; a used, expired or unknown link is refused. */
    @Transactional
    public void reset(String token, String newPassword) {
        if (newPassword.length() < PasswordPolicy.MIN_LENGTH || newPassword.length() > PasswordPolicy.MAX_LENGTH
                || newPassword.isBlank()) {
            throw new Refusal("error.password-length", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        long accountId = tokens.use(token, MailTokens.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new Refusal("notification.reset.invalid")).accountId();
        contacts.resetWorkerPassword(accountId, newPassword);
    }
}
