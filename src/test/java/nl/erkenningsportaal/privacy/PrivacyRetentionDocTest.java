package nl.erkenningsportaal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code docs/privacy-retention.md} lists every table of the schema (the register declares exactly those, see
 * {@link PersonalDataRegisterTest}) with its retention rules, their terms and the job that carries each out. The
 * table is generated from the register; this test fails when the document no longer says what the register says.
 * Run with {@code -Dprivacy.doc.write=true} to write the generated table into the document.
 */
@IntegrationTest
class PrivacyRetentionDocTest {

    static final Path DOC = Path.of("docs/privacy-retention.md");
    static final String BEGIN = "<!-- generated from the processing register by PrivacyRetentionDocTest: do not edit -->";
    static final String END = "<!-- end of the generated table -->";

    @Autowired
    ProcessingRegister register;

    @Autowired
    List<RetentionJob> jobs;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void administrator() {
        accounts.signInAs(Roles.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_document_lists_every_table_with_the_rules_and_jobs_of_the_register() throws IOException {
        String generated = table();
        String doc = Files.readString(DOC);
        if (Boolean.getBoolean("privacy.doc.write")) {
            doc = doc.substring(0, doc.indexOf(BEGIN) + BEGIN.length()) + "\n" + generated
                    + doc.substring(doc.indexOf(END));
            Files.writeString(DOC, doc);
        }
        assertThat(doc).contains(BEGIN, END);
        String written = doc.substring(doc.indexOf(BEGIN) + BEGIN.length() + 1, doc.indexOf(END));
        assertThat(written).as(DOC + " is out of step with the processing register: run this test with "
                + "-Dprivacy.doc.write=true and commit the document").isEqualTo(generated);
    }

    /** One row per table, in the register's order (by module). */
    String table() {
        ResourceBundle english = PortalI18nProvider.bundle("i18n/privacy", Locale.ENGLISH);
        Map<String, String> jobClasses = new HashMap<>();
        jobs.forEach(j -> jobClasses.put(j.name(), AopUtils.getTargetClass(j).getSimpleName()));
        StringBuilder md = new StringBuilder("""
                | Table | Module | Personal data | Retention rule | What goes | Term | Job |
                |---|---|---|---|---|---|---|
                """);
        for (RegisterTable rt : register.tables()) {
            DeclaredTable t = rt.table();
            String categories = t.columns().stream().filter(c -> c.category().personal())
                    .map(c -> c.category().name().toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining(", "));
            if (t.rules().isEmpty()) {
                md.append("| `").append(t.name()).append("` | ").append(rt.module())
                        .append(" | none | — | nothing personal: kept while the portal needs it | — | — |\n");
                continue;
            }
            for (String id : t.rules()) {
                RetentionRule rule = register.rule(id).orElseThrow();
                md.append("| `").append(t.name()).append("` | ").append(rt.module()).append(" | ")
                        .append(categories).append(" | `").append(id).append("` | ")
                        .append(english.getString(rule.whatKey())).append(" | ").append(term(rule.term()))
                        .append(" | `").append(jobClasses.get(rule.job())).append("` |\n");
            }
        }
        return md.toString();
    }

    static String term(Term term) {
        String units = term.unit().name().toLowerCase(Locale.ROOT);
        String unit = term.amount() == 1 ? units.substring(0, units.length() - 1) : units;
        return switch (term.scope()) {
            case FIXED -> term.amount() == 0 ? "at the next daily run" : term.amount() + " " + unit;
            case MUNICIPALITY -> "each municipality's `" + term.setting() + "` (" + units + ")";
            case REGION -> "the region's `" + term.setting() + "` (" + units + ")";
        };
    }
}
