package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference a worker quotes on the phone: read back it finds her request, misheard it finds nobody's. */
class RequestReferenceTest {

    @Test
    void a_reference_reads_back_as_its_request_however_it_is_typed() {
        assertThat(RequestReference.of(1234)).isEqualTo("A-1234-4");
        for (long id : new long[] {1, 9, 10, 1234, 98_765, 4_000_000_001L}) {
            String reference = RequestReference.of(id);
            assertThat(RequestReference.parse(reference)).contains(id);
            assertThat(RequestReference.parse(reference.toLowerCase())).contains(id);
            assertThat(RequestReference.parse(reference.replace("-", " "))).contains(id);
            assertThat(RequestReference.parse(reference.replace("-", "").substring(1))).contains(id);
        }
        assertThat(RequestReference.parse("A-12x4-4")).isEmpty();
        assertThat(RequestReference.parse("")).isEmpty();
    }

    @Test
    void every_single_wrong_digit_is_noticed() {
        for (long id = 1; id < 3_000; id += 7) {
            String digits = Long.toString(id);
            int check = RequestReference.checkDigit(digits);
            for (int i = 0; i < digits.length(); i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == digits.charAt(i)) {
                        continue;
                    }
                    String wrong = digits.substring(0, i) + d + digits.substring(i + 1);
                    assertThat(RequestReference.parse("A-" + wrong + "-" + check)).as(wrong).isEmpty();
                }
            }
        }
    }
}
