package nl.erkenningsportaal.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.erkenningsportaal.privacy.CookieSigner;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The device cookie of OWASP's scheme against password guessing without lock-out (decision 0032): after a correct
 * password the browser receives a cookie that says "this browser signed in to this account before", and with it
 * the owner is not slowed by failures from elsewhere ({@link LoginThrottle}).
 *
 * <p>The value is {@code <random id>.<issued, epoch seconds>.<signature>}, the signature an HMAC
 * ({@link CookieSigner}, the portal's cookie key) over the id, the issue time and the user name. The user name is
 * not in the cookie, in clear or otherwise: a cookie is checked against the name typed with it, so it tells nobody
 * who signed in on this browser. It is {@code HttpOnly}, {@code SameSite=Strict}, sent only to {@code /login}, and
 * {@code Secure} (with the {@code __Secure-} name prefix) in production and over HTTPS. It stays valid
 * {@link SecuritySettings#deviceCookieLifetime()} after the sign-in that issued it; every sign-in issues a new one.
 * One browser holds one device cookie: on a computer two people share, the last one to sign in holds it.
 */
@Component
class DeviceCookies {

    static final String NAME = "portal-device";
    static final String SECURE_NAME = "__Secure-" + NAME;
    private static final String PURPOSE = "login-device";
    private static final int MAX_LENGTH = 200;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CookieSigner signer;
    private final SecuritySettings settings;
    private final Clock clock;
    private final boolean production;

    DeviceCookies(CookieSigner signer, SecuritySettings settings, Clock clock, Environment environment) {
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
        this.production = environment.acceptsProfiles(Profiles.of("prod"));
    }

    /**
     * The device id of {@code cookie} if this portal issued it to a browser that signed in to {@code account} (a
     * normalised user name) and it has not expired; empty for anything else, also for a cookie of another account.
     */
    Optional<String> deviceOf(@Nullable String cookie, String account) {
        if (cookie == null || cookie.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (issued.isAfter(now.plus(CLOCK_SKEW)) || !issued.plus(settings.deviceCookieLifetime()).isAfter(now)) {
            return Optional.empty();
        }
        return signer.verify(PURPOSE, signed(parts[0], parts[1], account), parts[2]) ? Optional.of(parts[0])
                : Optional.empty();
    }

    /** A new device cookie value for a browser that just signed in to {@code account} (a normalised user name). */
    String issue(String account) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        String issued = Long.toString(clock.instant().getEpochSecond());
        return device + "." + issued + "." + signer.sign(PURPOSE, signed(device, issued, account));
    }

    private static String signed(String device, String issued, String account) {
        return device + "\n" + issued + "\n" + account;
    }

    /** The device cookie the browser sent with this request, if any. */
    @Nullable String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String plain = null;
        for (Cookie cookie : cookies) {
            if (SECURE_NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
            if (NAME.equals(cookie.getName())) {
                plain = cookie.getValue();
            }
        }
        return plain;
    }

    /** Gives the browser a new device cookie for {@code account} (a normalised user name). */
    void write(HttpServletRequest request, HttpServletResponse response, String account) {
        boolean secure = production || request.isSecure();
        ResponseCookie cookie = ResponseCookie.from(secure ? SECURE_NAME : NAME, issue(account))
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .path(request.getContextPath() + "/login")
                .maxAge(settings.deviceCookieLifetime())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
