package nl.erkenningsportaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;

/**
 * What {@link ModularityTest} cannot see in byte code: SQL that names another module's table, a dependency that
 * javac inlined away (a constant), a package without {@code @NullMarked}, a role name written as a literal.
 */
class ModuleBoundariesTest {

    /**
     * Every table and the module that owns it: the only module whose SQL may name it. The migrations create the
     * tables; {@link #every_table_of_the_migrations_has_an_owner} keeps this list complete. The account module's
     * link tokens kept their first name ({@code notification_token}) when the password reset moved to account.
     */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("municipality", "municipality"),
            Map.entry("user_account", "account"),
            Map.entry("recovery_code", "account"),
            Map.entry("login_throttle", "account"),
            Map.entry("password_recovery_code", "account"),
            Map.entry("password_recovery_attempt", "account"),
            Map.entry("notification_token", "account"),
            Map.entry("audit_entry", "audit"),
            Map.entry("audit_head", "audit"),
            Map.entry("audit_checkpoint", "audit"),
            Map.entry("region_setting", "municipality"),
            Map.entry("municipality_setting_change", "municipality"),
            Map.entry("job_run", "platform"),
            Map.entry("worker_consent", "recognition"),
            Map.entry("door_consent", "recognition"),
            Map.entry("recognition_request", "recognition"),
            Map.entry("recognition_history", "recognition"),
            Map.entry("recognition_request_assignment", "recognition"),
            Map.entry("recognition_note", "recognition"),
            Map.entry("recognition_revocation", "recognition"),
            Map.entry("recognition_objection", "recognition"),
            Map.entry("recognition_transfer", "recognition"),
            Map.entry("recognition_correction", "recognition"),
            Map.entry("recognition_renewal", "recognition"),
            Map.entry("reason_entry", "recognition"), Map.entry("reason_default_off", "recognition"),
            Map.entry("reason_history", "recognition"), Map.entry("checklist_answer", "recognition"),
            Map.entry("activation_code", "recognition"),
            Map.entry("activation_attempt", "recognition"),
            Map.entry("consultation_location", "consultation"),
            Map.entry("consultation_series", "consultation"),
            Map.entry("consultation_series_municipality", "consultation"),
            Map.entry("consultation_session", "consultation"),
            Map.entry("consultation_slot", "consultation"),
            Map.entry("consultation_booking", "consultation"),
            Map.entry("consultation_waiting", "consultation"),
            Map.entry("consultation_booking_rules", "consultation"),
            Map.entry("consultation_series_change", "consultation"),
            Map.entry("inbox_message", "notification"),
            Map.entry("notification_mail", "notification"),
            Map.entry("notification_booking", "notification"),
            Map.entry("staff_alert", "notification"),
            Map.entry("staff_alert_choice", "notification"),
            Map.entry("information_page", "information"),
            Map.entry("information_page_version", "information"),
            Map.entry("information_page_text", "information"),
            Map.entry("information_page_local", "information"),
            Map.entry("information_translation_review", "information"),
            Map.entry("information_page_sign_off", "information"),
            Map.entry("outreach_advertisement", "outreach"),
            Map.entry("outreach_visit", "outreach"),
            Map.entry("signal_case", "signal"),
            Map.entry("signal_note", "signal"),
            Map.entry("signal_case_assignment", "signal"),
            Map.entry("outreach_visit_assignment", "outreach"),
            Map.entry("care_request_assignment", "contact"),
            Map.entry("overview_count", "overview"),
            Map.entry("overview_active", "overview"),
            Map.entry("care_request", "contact"),
            Map.entry("care_message", "contact"),
            Map.entry("contact_question", "contact"),
            Map.entry("contact_question_attempt", "contact"),
            // Spring Modulith's event publication registry: Spring Modulith writes it; of the modules only platform
            // reads it, counting the events not yet handled for operations (EventOutboxMetrics)
            Map.entry("event_publication", "platform"));

    static final Path MAIN_SOURCES = Path.of("src/main/java");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final String BASE = "nl/erkenningsportaal/";

    /** A table named where SQL names one: after FROM, JOIN, INTO, UPDATE or TABLE (a {@code DELETE a FROM t} too). */
    static final Pattern TABLE_IN_SQL =
            Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+`?([a-z_][a-z0-9_]*)`?");

    @Test
    void every_table_of_the_migrations_has_an_owner() throws IOException {
        Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?");
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).as("tables the migrations create").hasSizeGreaterThan(20);
        assertThat(OWNER.keySet()).as("give every new table its owning module in OWNER").containsAll(created);
    }

    @Test
    void no_module_names_another_modules_table_in_its_sql() throws IOException {
        List<String> foreign = new ArrayList<>();
        int sqlStrings = 0;
        for (Path classFile : mainClasses()) {
            String module = moduleOf(classFile);
            for (String constant : stringConstants(classFile)) {
                Matcher m = TABLE_IN_SQL.matcher(constant);
                boolean sql = false;
                while (m.find()) {
                    String owner = OWNER.get(m.group(1).toLowerCase(Locale.ROOT));
                    if (owner == null) {
                        continue; // a word after FROM or INTO in a message, or an alias
                    }
                    sql = true;
                    if (!owner.equals(module)) {
                        foreign.add(classesRoot().relativize(classFile) + " names " + m.group(1) + " (owned by "
                                + owner + ")");
                    }
                }
                sqlStrings += sql ? 1 : 0;
            }
        }
        assertThat(sqlStrings).as("SQL strings found in the compiled classes (else this test looks at nothing)")
                .isGreaterThan(50);
        assertThat(foreign).as("SQL on another module's tables: ask that module through its API or an SPI it owns")
                .isEmpty();
    }

    @Test
    void modules_depend_on_each_other_without_a_cycle_also_in_source() throws IOException {
        // javac inlines constants (a role name, a length limit), so byte code can miss a dependency that the
        // source has; every reference to another module's package counts here
        Pattern reference = Pattern.compile("\\bnl\\.erkenningsportaal\\.([a-z]+)\\.");
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path source : mainSources()) {
            String module = moduleOfSource(source);
            if (module == null) {
                continue; // the application class itself
            }
            Matcher m = reference.matcher(Files.readString(source));
            while (m.find()) {
                if (!m.group(1).equals(module)) {
                    uses.computeIfAbsent(module, k -> new TreeSet<>()).add(m.group(1));
                }
            }
        }
        assertThat(uses).as("modules found in the sources").hasSizeGreaterThan(8);
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            findCycle(start, start, uses, new LinkedHashSet<>(List.of(start)), cycles);
        }
        assertThat(cycles).as("module cycles in the source (imports and qualified names)").isEmpty();
    }

    private static void findCycle(String start, String at, Map<String, Set<String>> uses, LinkedHashSet<String> path,
            List<String> cycles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                if (start.equals(path.stream().sorted().findFirst().orElseThrow())) { // each cycle once
                    cycles.add(String.join(" -> ", path) + " -> " + start);
                }
            } else if (!path.contains(next)) {
                path.add(next);
                findCycle(start, next, uses, path, cycles);
                path.remove(next);
            }
        }
    }

    @Test
    void every_package_is_null_marked() throws IOException {
        Set<Path> packages = new TreeSet<>();
        mainSources().forEach(s -> packages.add(s.getParent()));
        assertThat(packages).hasSizeGreaterThan(20);
        List<Path> unmarked = packages.stream().filter(p -> {
            Path info = p.resolve("package-info.java");
            return !Files.exists(info) || !read(info).contains("@NullMarked");
        }).toList();
        assertThat(unmarked).as("packages without a package-info.java that says @NullMarked").isEmpty();
    }

    @Test
    void role_names_are_written_only_in_roles() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path source : mainSources()) {
            if (source.endsWith("platform/Roles.java")) {
                continue;
            }
            String text = read(source);
            for (String role : Roles.ALL) {
                for (String literal : List.of("'" + role + "'", "\"" + role + "\"", "ROLE_" + role)) {
                    if (text.contains(literal)) {
                        literals.add(MAIN_SOURCES.relativize(source) + ": " + literal);
                    }
                }
            }
        }
        assertThat(literals).as("role names as literals (in SpEL too): use the Roles constants").isEmpty();
    }

    // ----

    static Path classesRoot() {
        try {
            return Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> mainClasses() throws IOException {
        try (Stream<Path> files = Files.walk(classesRoot().resolve(BASE))) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
    }

    static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES.resolve(BASE))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The module of a compiled class: the first package below {@code nl.erkenningsportaal}. */
    static String moduleOf(Path classFile) {
        Path relative = classesRoot().resolve(BASE).relativize(classFile);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    static String moduleOfSource(Path source) {
        Path relative = MAIN_SOURCES.resolve(BASE).relativize(source);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
    }

    /** Every text in the class file's constant pool: string literals, text blocks, annotation values. */
    static List<String> stringConstants(Path classFile) throws IOException {
        ClassReader reader = new ClassReader(Files.readAllBytes(classFile));
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset > 0 && reader.b[offset - 1] == 1) { // CONSTANT_Utf8
                int length = reader.readUnsignedShort(offset);
                texts.add(new String(reader.b, offset + 2, length, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
