package nl.erkenningsportaal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    private String role;

    @Column(name = "municipality_id")
    private @Nullable String municipalityId;

    private @Nullable String region;

    private boolean enabled = true;

    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "preferred_locale")
    private @Nullable String preferredLocale;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The e-mail address as stored (see {@link EmailProtection}); optional, workers only. */
    private @Nullable String email;

    @Column(name = "email_lookup")
    private @Nullable String emailLookup;

    @Column(name = "email_confirmed")
    private boolean emailConfirmed;

    @Column(name = "totp_secret")
    private @Nullable String totpSecret;

    @Column(name = "totp_confirmed_at")
    private @Nullable Instant totpConfirmedAt;

    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    /** When a staff account was disabled: it is erased the region's term later. */
    @Column(name = "disabled_at")
    private @Nullable Instant disabledAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, String role, @Nullable String municipalityId,
            @Nullable String region, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.municipalityId = municipalityId;
        this.region = region;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getRole() {
        return role;
    }

    @Nullable String getMunicipalityId() {
        return municipalityId;
    }

    @Nullable String getRegion() {
        return region;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Enables or disables the account; a disabled account remembers since when (for its retention). */
    void setEnabled(boolean enabled, Instant at) {
        if (this.enabled && !enabled) {
            this.disabledAt = at;
        } else if (enabled) {
            this.disabledAt = null;
        }
        this.enabled = enabled;
    }

    void changePassword(String newHash, boolean changeRequired) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = changeRequired;
    }

    @Nullable String getPreferredLocale() {
        return preferredLocale;
    }

    void setPreferredLocale(@Nullable String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getEmailLookup() {
        return emailLookup;
    }

    boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    /** A new address (or none): it must be confirmed again before mail goes there. */
    void changeEmail(@Nullable String storedEmail, @Nullable String lookup) {
        this.email = storedEmail;
        this.emailLookup = lookup;
        this.emailConfirmed = false;
    }

    void confirmEmail() {
        this.emailConfirmed = email != null;
    }

    @Nullable String getTotpSecret() {
        return totpSecret;
    }

    /** True once the person has proven their authenticator works. */
    boolean hasSecondFactor() {
        return totpSecret != null && totpConfirmedAt != null;
    }

    long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    void startSecondFactorEnrolment(String encryptedSecret) {
        this.totpSecret = encryptedSecret;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    void confirmSecondFactor(Instant at, long step) {
        this.totpConfirmedAt = at;
        this.totpLastStep = step;
    }

    void useTotpStep(long step) {
        this.totpLastStep = step;
    }

    void resetSecondFactor() {
        this.totpSecret = null;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    StaffAccount toStaffAccount() {
        return new StaffAccount(id, username, role, municipalityId, region, enabled, passwordChangeRequired,
                createdAt, hasSecondFactor());
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, username, role, municipalityId, region);
    }
}
