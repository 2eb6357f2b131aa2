package nl.erkenningsportaal.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Drenthe's four-digit postcode areas and their municipality (from shared/data/drenthe-postcodes.csv, 260 areas).
 * Areas of which a noticeable part lies in a second municipality (the candidates listed in that data's README)
 * are ambiguous: the worker then chooses among those municipalities.
 */
@Component
public class PostcodeAreas {

    static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Za-z]{2})$");

    private final Map<String, String> municipalityByArea = new HashMap<>();
    private final Map<String, List<String>> ambiguous = new HashMap<>();

    PostcodeAreas() {
        read("municipality/drenthe-postcodes.csv", cols -> municipalityByArea.put(cols[0], cols[1]));
        read("municipality/postcode-ambiguous.csv", cols -> ambiguous.put(cols[0], List.of(cols[1].split("\\|"))));
    }

    /** {@code 9401ab} or {@code 9401 AB} becomes {@code 9401 AB}; empty when it is not a Dutch postcode. */
    public static Optional<String> normalise(String postcode) {
        var m = POSTCODE.matcher(postcode.strip());
        return m.matches() ? Optional.of(m.group(1) + " " + m.group(2).toUpperCase(java.util.Locale.ROOT))
                : Optional.empty();
    }

    /** The municipality names a postcode may belong to: none outside Drenthe, one, or several when ambiguous. */
    public List<String> municipalitiesOf(String normalisedPostcode) {
        String area = normalisedPostcode.substring(0, 4);
        List<String> candidates = ambiguous.get(area);
        if (candidates != null) {
            return candidates;
        }
        String municipality = municipalityByArea.get(area);
        return municipality == null ? List.of() : List.of(municipality);
    }

    /** How many four-digit areas belong to the municipality of that name (ambiguous ones counted where listed). */
    public int areasOf(String municipalityName) {
        return (int) municipalityByArea.values().stream().filter(municipalityName::equalsIgnoreCase).count();
    }

    int size() {
        return municipalityByArea.size();
    }

    private static void read(String resource, java.util.function.Consumer<String[]> row) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
