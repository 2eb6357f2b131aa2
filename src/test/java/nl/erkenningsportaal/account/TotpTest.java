package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B, SHA-1 rows: the 20-byte ASCII key "12345678901234567890", 8 digits. */
    @Test
    void the_codes_match_the_rfc_6238_test_vectors() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        long[][] vectors = {{59L, 94287082L}, {1111111109L, 7081804L}, {1111111111L, 14050471L},
                {1234567890L, 89005924L}, {2000000000L, 69279037L}, {20000000000L, 65353130L}};
        for (long[] v : vectors) {
            assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(v[0])), 8))
                    .as("T=" + v[0]).isEqualTo(String.format("%08d", v[1]));
        }
    }

    @Test
    void six_digit_codes_are_the_last_six_digits_of_the_rfc_values() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
        assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
    }

    @Test
    void base32_round_trips_and_matches_rfc_4648() {
        assertThat(Totp.base32Encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.base32Decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        byte[] secret = Totp.newSecret();
        assertThat(Totp.base32Decode(Totp.base32Encode(secret))).isEqualTo(secret);
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_never_at_or_before_the_last_used_step() {
        byte[] key = Totp.newSecret();
        Instant now = Instant.parse("2026-11-28T22:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(key, Totp.code(key, step, 6), now, Long.MIN_VALUE)).hasValue(step);
        assertThat(Totp.matchingStep(key, Totp.code(key, step - 1, 6), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(Totp.matchingStep(key, Totp.code(key, step + 1, 6), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(Totp.matchingStep(key, Totp.code(key, step - 2, 6), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(key, Totp.code(key, step + 2, 6), now, Long.MIN_VALUE)).isEmpty();
        // replay: the step was used already
        assertThat(Totp.matchingStep(key, Totp.code(key, step, 6), now, step)).isEmpty();
        assertThat(Totp.matchingStep(key, Totp.code(key, step - 1, 6), now, step)).isEmpty();
        assertThat(Totp.matchingStep(key, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(key, "abcdef", now, Long.MIN_VALUE)).isEmpty();
    }
}
