package nl.erkenningsportaal.account;

import static nl.erkenningsportaal.privacy.DataCategory.ACCOUNT;
import static nl.erkenningsportaal.privacy.DataCategory.CONTACT;
import static nl.erkenningsportaal.privacy.DataCategory.TECHNICAL;

import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * The account module's tables in the processing register: accounts of workers and staff (the e-mail address and the
 * second factor's secret encrypted), the tokens of the links in mail (confirm an address, choose a new password; hashes
 * only), the recovery codes of the second factor and an officer's codes for recovery without e-mail (hashes only).
 */
@Component
class AccountRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "account";
    }

    @Override
    public List<RetentionRule> rules() {
        return AccountRetention.RULES;
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.table("user_account", Purpose.ACCOUNTS, LegalBasis.LEGAL_OBLIGATION)
                        .seenBy(Roles.WORKER, Roles.ADMIN, Roles.MUNICIPAL_ADMIN)
                        .keptBy(AccountRetention.IDLE_NOTICE, AccountRetention.IDLE_ERASE,
                                AccountRetention.STAFF_DISABLED)
                        .columns(TECHNICAL, "id", "version", "totp_confirmed_at", "totp_last_step",
                                "password_change_required")
                        .columns(ACCOUNT, "username", "role", "municipality_id", "region", "enabled",
                                "preferred_locale", "created_at", "last_sign_in_at", "idle_notice_at",
                                "disabled_at")
                        .hashed(ACCOUNT, "password_hash")
                        .encrypted(ACCOUNT, "totp_secret")
                        // a worker's own address, or a staff member's work address for alerts: sealed alike
                        .encrypted(CONTACT, "email")
                        .hashed(CONTACT, "email_lookup")
                        .columns(CONTACT, "email_confirmed")
                        .build(),
                DeclaredTable.table("notification_token", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(AccountRetention.LINK_TOKENS)
                        .keptBy(AccountRetention.IDLE_ERASE)
                        .columns(TECHNICAL, "account_id", "purpose", "created_at", "expires_at", "used_at")
                        .hashed(TECHNICAL, "token_hash")
                        .hashed(CONTACT, "email_lookup")
                        .build(),
                DeclaredTable.table("recovery_code", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(AccountRetention.IDLE_ERASE, AccountRetention.STAFF_DISABLED)
                        .columns(TECHNICAL, "id", "account_id", "used_at")
                        .hashed(TECHNICAL, "code_hash")
                        .build(),
                // recovery without e-mail (issue 19): a hash of the code an officer gave her, nothing else
                DeclaredTable.table("password_recovery_code", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(AccountRetention.RECOVERY_CODES, AccountRetention.IDLE_ERASE)
                        .columns(TECHNICAL, "id", "account_id", "issued_at", "expires_at", "used_at")
                        .hashed(TECHNICAL, "code_hash")
                        .build(),
                DeclaredTable.table("password_recovery_attempt", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(AccountRetention.RECOVERY_ATTEMPTS)
                        .columns(TECHNICAL, "id", "attempted_at")
                        .hashed(TECHNICAL, "source_hash")
                        .build(),
                DeclaredTable.table("login_throttle", Purpose.SECURITY, LegalBasis.LEGAL_OBLIGATION)
                        .keptBy(AccountRetention.LOGIN_THROTTLE)
                        .columns(TECHNICAL, "kind", "failures", "last_failure", "expires_at")
                        .hashed(TECHNICAL, "throttle_key")
                        .build());
    }
}
