package nl.erkenningsportaal.account;

import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One account per role for local runs, created once and printed at every start. Only in the {@code demo} profile,
 * which is the default for {@code mvn spring-boot:run}; the {@code prod} profile refuses to start with it.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-portaal-2026";
    /** The second-factor key of every demo staff account (Base32; add it to any authenticator app). */
    static final String TOTP_SECRET = "ERKENNINGSPORTAALDEMOGEHEIM23456";

    record Demo(String username, String role, @Nullable String municipalityId, String description) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("werker", Roles.WORKER, null, "sex worker (worker)"),
            new Demo("handhaver.assen", Roles.OFFICER, "GM0106", "enforcement officer, Assen"),
            new Demo("handhaver.dewolden", Roles.OFFICER, "GM1690", "enforcement officer, De Wolden"),
            new Demo("ggd", Roles.GGD, null, "GGD staff"),
            new Demo("ketenregisseur", Roles.COORDINATOR, null, "regional trafficking coordinator"),
            new Demo("beheerder", Roles.ADMIN, null, "functional administrator"),
            new Demo("beheerder.dewolden", Roles.MUNICIPAL_ADMIN, "GM1690", "municipal administrator, De Wolden"),
            new Demo("beleid", Roles.POLICY, null, "policy maker (anonymous overview)"),
            new Demo("beleid.assen", Roles.POLICY, "GM0106", "policy maker, Assen (its local information)"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final SecondFactorService secondFactor;

    DemoAccounts(AccountService accounts, SecondFactorService secondFactor) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo demo : ACCOUNTS) {
            accounts.createDemoAccount(demo.username(), PASSWORD, demo.role(), demo.municipalityId());
            if (Roles.STAFF.contains(demo.role())) {
                secondFactor.enrolDemoSecret(demo.username(), TOTP_SECRET);
            }
        }
        // one log line each: the log's protection against forged lines writes a line break inside a message as "\n"
        log.info("Demo accounts (profile 'demo'; every password is '{}'):", PASSWORD);
        for (Demo demo : ACCOUNTS) {
            log.info("{}", String.format("  %-20s %-16s %s", demo.username(), demo.role(), demo.description()));
        }
        log.info("Staff accounts also ask for a second-factor code: add the key {} to an authenticator app (TOTP, "
                + "6 digits, 30 s), or run: oathtool --totp -b {}", TOTP_SECRET, TOTP_SECRET);
    }
}
