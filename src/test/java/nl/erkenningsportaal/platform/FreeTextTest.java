package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    static final String ZWNJ = "\u200C";
    static final String ZWJ = "\u200D";

    @Test
    void joiners_inside_a_word_are_part_of_persian_and_indic_names_and_are_allowed() {
        // Persian: "mi" + ZWNJ + "khaham", the way the word is spelled; Malayalam chillu with ZWJ; Devanagari half form
        assertThat(FreeText.holdsForbidden("\u0645\u06CC" + ZWNJ + "\u062E\u0648\u0627\u0647\u0645", false)).isFalse();
        assertThat(FreeText.holdsForbidden("\u0D28\u0D4D" + ZWJ + "\u0D28", false)).isFalse();
        assertThat(FreeText.holdsForbidden("\u0915\u094D" + ZWJ + "\u0937", false)).isFalse();
    }

    @Test
    void joiners_at_an_edge_or_beside_a_space_or_digit_and_every_other_format_character_are_refused() {
        assertThat(FreeText.holdsForbidden(ZWJ + "Ana", false)).isTrue();
        assertThat(FreeText.holdsForbidden("Ana" + ZWNJ, false)).isTrue();
        assertThat(FreeText.holdsForbidden("Ana " + ZWJ + "Lima", false)).isTrue();
        assertThat(FreeText.holdsForbidden("Gemeent" + ZWJ + "e Assen", false)).as("a Latin word").isTrue();
        assertThat(FreeText.holdsForbidden("12" + ZWNJ + "34", false)).isTrue();
        assertThat(FreeText.holdsForbidden("An\u200Ba", false)).isTrue();
        assertThat(FreeText.holdsForbidden("An\u202Ea", false)).isTrue();
        assertThat(FreeText.holdsForbidden("An\uFEFFa", false)).isTrue();
        assertThat(FreeText.holdsForbidden("line\nbreak", false)).isTrue();
        assertThat(FreeText.holdsForbidden("line\nbreak", true)).isFalse();
        assertThat(FreeText.holdsForbidden("Łucja O'Brien-Ñúñez Nguyễn สมชาย", false)).isFalse();
    }
}
