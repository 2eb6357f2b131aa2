package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecognitionNumberTest {

    @Test
    void numbers_use_only_the_alphabet_without_look_alikes_and_are_valid() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            String n = RecognitionNumber.generate(random);
            assertThat(n).hasSize(9).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{9}");
            assertThat(RecognitionNumber.isValid(n)).isTrue();
        }
        assertThat(RecognitionNumber.ALPHABET).doesNotContain("0", "1", "O", "I", "L");
    }

    @Test
    void the_check_character_catches_every_single_error_and_every_adjacent_swap_in_many_random_numbers() {
        SecureRandom random = new SecureRandom();
        String alphabet = RecognitionNumber.ALPHABET;
        long checked = 0;
        for (int n = 0; n < 3000; n++) {
            String number = RecognitionNumber.generate(random);
            char[] c = number.toCharArray();
            for (int pos = 0; pos < c.length; pos++) {
                char original = c[pos];
                for (int k = 0; k < alphabet.length(); k++) {
                    char other = alphabet.charAt(k);
                    if (other == original) {
                        continue;
                    }
                    c[pos] = other;
                    assertThat(RecognitionNumber.isValid(new String(c))).as("%s with %s at %d", number, other, pos)
                            .isFalse();
                    checked++;
                }
                c[pos] = original;
            }
            for (int pos = 0; pos + 1 < c.length; pos++) {
                if (c[pos] == c[pos + 1]) {
                    continue;
                }
                char[] swapped = c.clone();
                swapped[pos] = c[pos + 1];
                swapped[pos + 1] = c[pos];
                assertThat(RecognitionNumber.isValid(new String(swapped))).as("%s swapped at %d", number, pos)
                        .isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3000L * 9 * 30);
    }

    @Test
    void numbers_are_random_not_sequential() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        String previous = RecognitionNumber.generate(random);
        int sharedPrefixes = 0;
        for (int i = 0; i < 10_000; i++) {
            String n = RecognitionNumber.generate(random);
            seen.add(n);
            if (n.substring(0, 4).equals(previous.substring(0, 4))) {
                sharedPrefixes++;
            }
            previous = n;
        }
        assertThat(seen).hasSize(10_000);
        assertThat(sharedPrefixes).isLessThan(5);
    }

    @Test
    void typed_numbers_are_read_leniently_and_shown_grouped() {
        String n = RecognitionNumber.generate(new SecureRandom());
        String grouped = RecognitionNumber.grouped(n);
        assertThat(grouped).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");
        assertThat(RecognitionNumber.parse(" " + grouped.toLowerCase() + " ")).contains(n);
        assertThat(RecognitionNumber.parse("not a number")).isEmpty();
    }
}
