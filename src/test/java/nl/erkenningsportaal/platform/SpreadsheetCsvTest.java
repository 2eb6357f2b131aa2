package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a spreadsheet makes of the portal's CSV exports: plain text, never a formula, one record per line. */
class SpreadsheetCsvTest {

    @Test
    void text_that_would_start_a_formula_gets_an_apostrophe_and_other_text_and_numbers_stay_as_they_are() {
        String csv = new SpreadsheetCsv("a", "b", "c", "d", "e", "f", "g", "h", "i")
                .row("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "Assen", -5, null).toString();
        assertThat(csv).isEqualTo("a;b;c;d;e;f;g;h;i\n'=1+2;'+1;'-1;'@SUM(A1);'\tx;\"'\rx\";Assen;-5;\n");
    }

    @Test
    void a_delimiter_quote_or_line_break_is_quoted() {
        assertThat(new SpreadsheetCsv("x").row("De Wolden; Assen").row("zegt \"ja\"").row("twee\nregels").toString())
                .isEqualTo("x\n\"De Wolden; Assen\"\n\"zegt \"\"ja\"\"\"\n\"twee\nregels\"\n");
    }
}
