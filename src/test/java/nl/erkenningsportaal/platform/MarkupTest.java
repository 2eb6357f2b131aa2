package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void text_outside_latin1_becomes_character_references_that_the_browser_reads_as_the_same_text() {
        String text = "dinsdag 1 december — GGD <Assen> “Noord” é Łódź Ștefan 😀";
        String escaped = Markup.escape(text);
        assertThat(escaped.chars()).allMatch(c -> c <= 0xFF);
        assertThat(escaped).contains("&mdash;", "&lt;Assen&gt;", "&#321;", "&#536;", "&#128512;").doesNotContain("<");
        assertThat(Jsoup.parseBodyFragment("<p>" + escaped + "</p>").text()).isEqualTo(text);
        assertThat(Jsoup.parseBodyFragment("<p title=\"" + escaped + "\"></p>").selectFirst("p").attr("title"))
                .isEqualTo(text);
    }

    @Test
    void latin1_text_is_only_escaped() {
        assertThat(Markup.escape("Cafe \"De Wolden\" & co")).isEqualTo("Cafe &quot;De Wolden&quot; &amp; co");
    }
}
