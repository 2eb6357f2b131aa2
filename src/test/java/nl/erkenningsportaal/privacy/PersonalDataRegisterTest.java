package nl.erkenningsportaal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processing register against the real schema: MariaDB after every Flyway migration, read from
 * {@code information_schema}. Every table and every column is declared (not-personal ones as such), nothing is
 * declared that does not exist, every table with personal data has a retention rule, every rule has a job that carries
 * it out, a setting that exists (where a municipality or the region decides), texts in every language and a test
 * that proves it, and every column declared encrypted holds only ciphertext.
 */
@IntegrationTest
class PersonalDataRegisterTest {

    @Autowired
    ProcessingRegister register;

    @Autowired
    List<RetentionJob> jobs;

    @Autowired
    RetentionTerms terms;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void administrator() {
        accounts.signInAs(Roles.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** table → its columns, as MariaDB has them after Flyway. */
    private Map<String, Set<String>> schema() {
        Map<String, Set<String>> schema = new TreeMap<>();
        jdbc.query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()",
                rs -> {
                    schema.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                });
        return schema;
    }

    @Test
    void every_table_and_column_of_the_schema_is_declared_and_nothing_else() {
        Map<String, Set<String>> schema = schema();
        assertThat(schema).containsKeys("recognition_request", "consultation_booking", "audit_entry");
        Map<String, DeclaredTable> declared = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (RegisterTable t : register.tables()) {
            if (declared.put(t.table().name(), t.table()) != null) {
                twice.add(t.module() + ": " + t.table().name());
            }
        }
        assertThat(twice).as("tables declared by more than one module").isEmpty();

        List<String> undeclared = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        schema.forEach((table, columns) -> {
            DeclaredTable t = declared.get(table);
            if (t == null) {
                undeclared.add(table + " (the whole table)");
                return;
            }
            Set<String> names = new HashSet<>();
            t.columns().forEach(c -> names.add(c.name()));
            columns.stream().filter(c -> !names.contains(c)).forEach(c -> undeclared.add(table + "." + c));
            names.stream().filter(c -> !columns.contains(c)).forEach(c -> stale.add(table + "." + c));
        });
        declared.keySet().stream().filter(t -> !schema.containsKey(t)).forEach(t -> stale.add(t + " (no such table)"));
        assertThat(undeclared).as("in the schema but not in the processing register: declare each column in its "
                + "module's ProcessingDeclaration, with its category (NOT_PERSONAL if it holds nothing personal)")
                .isEmpty();
        assertThat(stale).as("declared in the processing register but not in the schema").isEmpty();
    }

    @Test
    void every_table_with_personal_data_has_retention_rules_that_exist() {
        Set<String> rules = new HashSet<>();
        register.rules().forEach(r -> rules.add(r.id()));
        List<String> without = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> needless = new ArrayList<>();
        for (RegisterTable rt : register.tables()) {
            DeclaredTable t = rt.table();
            if (t.personal() && t.rules().isEmpty()) {
                without.add(t.name());
            }
            if (!t.personal() && (!t.rules().isEmpty() || t.basis() != LegalBasis.NONE)) {
                needless.add(t.name());
            }
            t.rules().stream().filter(r -> !rules.contains(r)).forEach(r -> unknown.add(t.name() + ": " + r));
        }
        assertThat(without).as("tables with personal data and no retention rule").isEmpty();
        assertThat(unknown).as("tables naming a retention rule nobody declares").isEmpty();
        assertThat(needless).as("tables without personal data that name a rule or a legal basis").isEmpty();
        assertThat(register.rules()).allSatisfy(rule -> assertThat(register.tables().stream()
                .anyMatch(t -> t.table().rules().contains(rule.id()))).as(rule.id() + " erases from some table")
                .isTrue());
    }

    @Test
    void every_retention_rule_names_a_job_that_exists_and_a_setting_that_exists() {
        Set<String> names = new HashSet<>();
        jobs.forEach(j -> names.add(j.name()));
        assertThat(names).as("job names are unique").hasSize(jobs.size());
        for (RetentionRule rule : register.rules()) {
            assertThat(names).as(rule.id() + " is carried out by job " + rule.job()).contains(rule.job());
            Term term = rule.term();
            if (term.scope() != Term.Scope.FIXED) {
                assertThat(terms.settings(term.scope())).as(rule.id() + " names a setting of its scope")
                        .contains(term.setting());
                for (String municipality : register.scopes(rule.id())) {
                    assertThat(register.amount(rule.id(), municipality)).as(rule.id()).isPositive();
                }
            }
        }
        assertThat(jobs).allSatisfy(job -> assertThat(register.rules().stream()
                .anyMatch(r -> r.job().equals(job.name()))).as("job " + job.name() + " carries out a rule").isTrue());
    }

    @Test
    void every_retention_rule_has_a_test_that_proves_it() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
                .hasAnnotatedMethods(RetentionRuleTest.class.getName()));
        Set<String> proven = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.erkenningsportaal")) {
            for (Method m : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                RetentionRuleTest marked = m.getAnnotation(RetentionRuleTest.class);
                if (marked != null && m.isAnnotationPresent(org.junit.jupiter.api.Test.class)) {
                    proven.addAll(List.of(marked.value()));
                }
            }
        }
        List<String> unproven = register.rules().stream().map(RetentionRule::id).filter(id -> !proven.contains(id))
                .toList();
        assertThat(unproven).as("retention rules without a @RetentionRuleTest").isEmpty();
        Set<String> declared = new HashSet<>();
        register.rules().forEach(r -> declared.add(r.id()));
        assertThat(declared).as("@RetentionRuleTest names only declared rules").containsAll(proven);
    }

    @Test
    void every_text_of_the_register_exists_in_the_privacy_bundle() {
        Set<String> keys = PortalI18nProvider.bundle("i18n/privacy", PortalI18nProvider.DUTCH).keySet();
        List<String> needed = new ArrayList<>();
        for (RetentionRule rule : register.rules()) {
            needed.add(rule.whatKey());
            needed.add(rule.whenKey());
        }
        for (DataCategory c : DataCategory.values()) {
            needed.add("privacy.category." + c);
        }
        for (Purpose p : Purpose.values()) {
            needed.add("privacy.purpose." + p);
        }
        for (LegalBasis b : LegalBasis.values()) {
            needed.add("privacy.basis." + b);
        }
        for (Term.Scope s : Term.Scope.values()) {
            needed.add("privacy.scope." + s);
        }
        for (String unit : List.of("DAYS", "WEEKS", "MONTHS", "YEARS")) {
            needed.add("privacy.term." + unit);
        }
        for (String role : Roles.ALL) {
            needed.add("privacy.statement.seen-by." + role);
        }
        assertThat(keys).containsAll(needed);
    }

    @Test
    void every_column_declared_encrypted_holds_only_ciphertext() {
        List<String> plaintext = new ArrayList<>();
        for (RegisterTable rt : register.tables()) {
            for (DeclaredColumn c : rt.table().columns()) {
                if (c.encrypted()) {
                    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + rt.table().name() + " WHERE " + c.name()
                            + " IS NOT NULL AND " + c.name() + " NOT LIKE 'v1.%' AND " + c.name()
                            + " <> 'ANONYMISED'", Integer.class);
                    if (n != null && n > 0) {
                        plaintext.add(rt.table().name() + "." + c.name() + ": " + n + " rows");
                    }
                }
            }
        }
        assertThat(plaintext).as("columns declared encrypted that hold something else").isEmpty();
    }

    /**
     * A column long enough for text (any TEXT type, or 200 characters and more) that holds personal data is stored
     * encrypted or hashed, unless the register says that the portal writes it itself ({@link Protection#GENERATED}:
     * keys, dates, places, links, enumerations). A free text that a person types about a person in plain text fails.
     */
    @Test
    void every_personal_text_column_is_encrypted_hashed_or_written_by_the_portal_itself() {
        Set<String> textColumns = new TreeSet<>();
        jdbc.query("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND (data_type IN ('tinytext', 'text', 'mediumtext', 'longtext', 'json')
                       OR (data_type IN ('varchar', 'char') AND character_maximum_length >= ?))""",
                rs -> {
                    textColumns.add(rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2));
                }, FREE_TEXT_LENGTH);
        assertThat(textColumns).as("text columns found (else this test looks at nothing)")
                .contains("recognition_note.text_enc", "inbox_message.arguments", "signal_case.description_enc");
        List<String> plain = new ArrayList<>();
        for (RegisterTable rt : register.tables()) {
            for (DeclaredColumn c : rt.table().columns()) {
                if (textColumns.contains(rt.table().name().toLowerCase(Locale.ROOT) + "." + c.name())
                        && c.category().personal() && c.protection() == Protection.PLAIN) {
                    plain.add(rt.table().name() + "." + c.name() + " (" + c.category() + ")");
                }
            }
        }
        assertThat(plain).as("personal text columns stored in plain text: encrypt them with FieldCipher (declare "
                + "them encrypted), or declare them generated if only the portal writes them").isEmpty();
    }

    /** From this length on a character column can hold a sentence about a person. */
    static final int FREE_TEXT_LENGTH = 200;

    @Test
    void the_register_as_csv_has_a_row_for_every_declared_column() {
        String csv = register.csv((key, args) -> key);
        long columns = register.tables().stream().mapToLong(t -> t.table().columns().size()).sum();
        assertThat(csv.lines().count()).isEqualTo(columns + 1);
        assertThat(csv.lines().findFirst().orElseThrow().toLowerCase(Locale.ROOT)).startsWith("module;table;column");
        assertThat(csv).contains("consultation;consultation_booking;work_name_enc;IDENTITY;")
                .contains(";ENCRYPTED;");
    }
}
