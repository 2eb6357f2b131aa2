package nl.erkenningsportaal.account;

import nl.erkenningsportaal.platform.Roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.Application;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The login throttle holds across nodes: two application nodes (this test's context and a second Spring application)
 * on one database, each with its own password step and its own clock (both moved together). Guessing on one node is
 * slowed on the other, a password sprayed over both is counted once, and a device cookie one node issued spares the
 * owner on the other.
 */
@IntegrationTest
class LoginThrottleAcrossNodesIT {

    static final String PASSWORD = "a long and unusual passphrase";
    private static @Nullable ConfigurableApplicationContext secondNode;

    @Autowired
    ApplicationContext firstNode;

    @Autowired
    AccountService accountService;

    @Autowired
    LoginThrottleStore store;

    @Autowired
    SecuritySettings settings;

    private final List<String> sources = new ArrayList<>();

    @BeforeAll
    static void startTheSecondNode() {
        secondNode = new SpringApplicationBuilder(Application.class, TestClock.Config.class).profiles("test")
                .run("--server.port=0", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopTheSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @AfterEach
    void forgetTheAddressesAndPutTheClocksBack() {
        for (String source : sources) {
            store.forget(store.key(LoginThrottleStore.Kind.SOURCE, LoginThrottle.sourceOf(source)));
        }
        for (ApplicationContext node : nodes()) {
            node.getBean(TestClock.class).reset();
        }
    }

    private List<ApplicationContext> nodes() {
        return List.of(firstNode, secondNode);
    }

    private String source() {
        String source = "203.0.113." + (100 + sources.size() + (int) (Math.random() * 100));
        while (sources.contains(source)) {
            source = "198.51.100." + (int) (Math.random() * 250 + 1);
        }
        sources.add(source);
        return source;
    }

    private String worker() {
        String username = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createDemoAccount(username, PASSWORD, Roles.WORKER, null);
        return username;
    }

    private static Authentication login(ApplicationContext node, String username, String password, String source,
            @Nullable String deviceCookie) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(source);
        token.setDetails(new LoginAttemptDetails(request, deviceCookie));
        return node.getBean(PortalAuthenticationProvider.class).authenticate(token);
    }

    /** A failed attempt on {@code node}, after waiting out (on both nodes' clocks) any wait that runs. */
    private void fail(ApplicationContext node, String username, String source) {
        LoginThrottle throttle = node.getBean(LoginThrottle.class);
        TestClock clock = node.getBean(TestClock.class);
        throttle.delayedUntil(new LoginThrottle.Attempt(LoginThrottle.normalise(username), source, null))
                .ifPresent(until -> {
                    Duration wait = Duration.between(clock.instant(), until).plusMillis(5);
                    nodes().forEach(n -> n.getBean(TestClock.class).advance(wait));
                });
        assertThatThrownBy(() -> login(node, username, "guess " + UUID.randomUUID(), source, null))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void guessing_on_one_node_is_slowed_on_the_other() {
        String owner = worker();
        String guesser = source();
        for (int i = 0; i < settings.freeFailures() + 2; i++) {
            fail(firstNode, owner, guesser);
        }
        // the second node refuses the next attempt unchecked, even with the right password, from anywhere
        LoginDelayedException delayed = org.assertj.core.api.Assertions.catchThrowableOfType(LoginDelayedException.class,
                () -> login(secondNode, owner, PASSWORD, source(), null));
        assertThat(delayed).as("the second node knows of the first node's failures").isNotNull();
        Instant now = secondNode.getBean(TestClock.class).instant();
        assertThat(delayed.retryAt()).isBetween(now.plusSeconds(2), now.plusSeconds(4));
    }

    @Test
    void a_password_sprayed_over_both_nodes_is_counted_once() {
        String sprayer = source();
        String owner = worker();
        int failures = settings.freeFailuresPerAddress() + 2;
        for (int i = 0; i < failures; i++) {
            // half the attempts on each node, as a balancer without sticky sessions would spread them
            fail(nodes().get(i % 2), "sprayed-" + i + "-" + UUID.randomUUID(), sprayer);
        }
        for (ApplicationContext node : nodes()) {
            assertThatThrownBy(() -> login(node, owner, PASSWORD, sprayer, null))
                    .as("the sprayer's next attempt on either node waits").isInstanceOf(LoginDelayedException.class);
        }
        // the owner of an account in the spray, from her own address, is not held up on either node
        for (ApplicationContext node : nodes()) {
            assertThat(login(node, owner, PASSWORD, source(), null).getName()).isEqualTo(owner);
        }
    }

    @Test
    void a_device_cookie_one_node_issued_spares_the_owner_on_the_other() {
        String owner = worker();
        String cookie = firstNode.getBean(DeviceCookies.class).issue(LoginThrottle.normalise(owner));
        String guesser = source();
        for (int i = 0; i < settings.freeFailures() + 3; i++) {
            fail(nodes().get(i % 2), owner, guesser);
        }
        assertThatThrownBy(() -> login(secondNode, owner, PASSWORD, source(), null))
                .isInstanceOf(LoginDelayedException.class);
        assertThat(login(secondNode, owner, PASSWORD, guesser, cookie).getName()).isEqualTo(owner);
        assertThat(login(firstNode, owner, PASSWORD, source(), cookie).getName()).isEqualTo(owner);
    }
}
