package nl.erkenningsportaal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV export that people open in a spreadsheet: semicolon-separated (as Dutch spreadsheets expect), one record
 * per line, quoted where a value needs it (Apache Commons CSV), and no cell that the spreadsheet would run as a
 * formula: a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, so it shows as the text it is (CSV injection). Numbers are written as they are.
 */
public final class SpreadsheetCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator('\n')
            .get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    /** A new export whose first record is {@code header}. */
    public SpreadsheetCsv(String... header) {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row((Object[]) header);
    }

    /** Adds a record; {@code null} is an empty cell. */
    public SpreadsheetCsv row(@Nullable Object... values) {
        try {
            printer.printRecord(Arrays.stream(values).map(SpreadsheetCsv::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return this;
    }

    /** A value as the spreadsheet should see it: text that would start a formula is made plain text. */
    static @Nullable Object cell(@Nullable Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
