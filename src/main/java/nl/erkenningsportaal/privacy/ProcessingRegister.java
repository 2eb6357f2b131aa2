package nl.erkenningsportaal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The processing register (GDPR art. 30), collected from every module's {@link ProcessingDeclaration}: each table
 * and column with its category, purpose, legal basis, who may see it and the retention rules that erase it. It
 * holds no personal data itself. Retention jobs ask it for their cut-off (the municipality's or region's term, or the
 * fixed one); the privacy statement asks it for the rules and their terms; administrators and policy makers read it
 * whole and download it as CSV.
 */
@Service
public class ProcessingRegister {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ObjectProvider<ProcessingDeclaration> declarations;
    private final ObjectProvider<RetentionTerms> terms;
    private volatile @Nullable Collected collected;

    /** The declarations, collected on first use: a module's job may itself declare, and needs this register. */
    private record Collected(List<RegisterTable> tables, Map<String, RetentionRule> rules,
            Map<String, String> moduleOfRule) {}

    ProcessingRegister(ObjectProvider<ProcessingDeclaration> declarations, ObjectProvider<RetentionTerms> terms) {
        this.declarations = declarations;
        this.terms = terms;
    }

    private Collected collected() {
        Collected c = collected;
        if (c == null) {
            synchronized (this) {
                c = collected;
                if (c == null) {
                    c = collect();
                    collected = c;
                }
            }
        }
        return c;
    }

    private Collected collect() {
        List<RegisterTable> all = new ArrayList<>();
        Map<String, RetentionRule> byId = new LinkedHashMap<>();
        Map<String, String> moduleOfRule = new LinkedHashMap<>();
        for (ProcessingDeclaration d : declarations.orderedStream()
                .sorted(Comparator.comparing(ProcessingDeclaration::module)).toList()) {
            d.tables().forEach(t -> all.add(new RegisterTable(d.module(), t)));
            for (RetentionRule r : d.rules()) {
                if (byId.putIfAbsent(r.id(), r) != null) {
                    throw new IllegalStateException("retention rule " + r.id() + " is declared twice");
                }
                moduleOfRule.put(r.id(), d.module());
            }
        }
        return new Collected(List.copyOf(all), byId, moduleOfRule);
    }

    /** Every declared table with its module, module by module. For the register page and its test. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.POLICY + "')")
    public List<RegisterTable> tables() {
        return collected().tables();
    }

    /** Every retention rule, by purpose (the recognition first, running the portal last), then as declared. */
    public List<RetentionRule> rules() {
        return collected().rules().values().stream().sorted(Comparator.comparing(RetentionRule::purpose)).toList();
    }

    public Optional<RetentionRule> rule(String id) {
        return Optional.ofNullable(collected().rules().get(id));
    }

    /**
     * The roles that may see what a rule erases: those of the tables of the rule's own module that it erases from
     * (an account's rule also reaches other modules' rows of that account, but is about the account).
     */
    public Set<String> seenBy(String ruleId) {
        Collected c = collected();
        String module = c.moduleOfRule().get(ruleId);
        Set<String> roles = new LinkedHashSet<>();
        c.tables().stream().filter(t -> t.module().equals(module) && t.table().rules().contains(ruleId))
                .forEach(t -> roles.addAll(t.table().seenBy()));
        return roles;
    }

    /** The ids to apply a rule's term to: every municipality for a municipality's term, else one (null). */
    public List<@Nullable String> scopes(String ruleId) {
        RetentionRule rule = require(ruleId);
        if (rule.term().scope() != Term.Scope.MUNICIPALITY) {
            List<@Nullable String> one = new ArrayList<>();
            one.add(null);
            return one;
        }
        return List.copyOf(source().municipalities());
    }

    /** The term's amount in its unit: fixed, or as the municipality (or the region) set it. */
    public int amount(String ruleId, @Nullable String municipalityId) {
        Term term = require(ruleId).term();
        return switch (term.scope()) {
            case FIXED -> term.amount();
            case MUNICIPALITY, REGION -> source().value(settingOf(term), municipalityId);
        };
    }

    /**
     * The moment before which the rule's data is due: the start of the day (Amsterdam) the term before today, or
     * now for a term of 0.
     */
    public Instant cutoff(String ruleId, @Nullable String municipalityId, Clock clock) {
        int amount = amount(ruleId, municipalityId);
        if (amount == 0) {
            return clock.instant();
        }
        return cutoffDate(ruleId, municipalityId, clock).atStartOfDay(AMSTERDAM).toInstant();
    }

    /** The day before which the rule's data is due (for rows dated by a day, such as a consultation). */
    public LocalDate cutoffDate(String ruleId, @Nullable String municipalityId, Clock clock) {
        Term term = require(ruleId).term();
        return LocalDate.now(clock.withZone(AMSTERDAM)).minus(amount(ruleId, municipalityId), term.unit());
    }

    /**
     * The rule's term as a reader reads it: for one municipality (when given) its own; otherwise, for a
     * municipality's term, each value with the participating municipalities that chose it.
     */
    public String describeTerm(String ruleId, @Nullable String municipalityId, Texts texts) {
        RetentionRule rule = require(ruleId);
        Term term = rule.term();
        if (term.scope() != Term.Scope.MUNICIPALITY || municipalityId != null) {
            return amountText(term, amount(ruleId, municipalityId), texts);
        }
        Map<Integer, List<String>> byValue = new LinkedHashMap<>();
        for (RetentionTerms.Scoped m : source().participating()) {
            byValue.computeIfAbsent(source().value(settingOf(term), m.id()), v -> new ArrayList<>()).add(m.name());
        }
        if (byValue.isEmpty()) {
            // no municipality takes part yet: the values all of them have
            source().municipalities().forEach(id -> byValue.putIfAbsent(source().value(settingOf(term), id),
                    new ArrayList<>()));
            return byValue.keySet().stream().map(v -> amountText(term, v, texts))
                    .collect(Collectors.joining(" " + texts.text("privacy.term.or") + " "));
        }
        if (byValue.size() == 1) {
            return amountText(term, byValue.keySet().iterator().next(), texts);
        }
        List<String> each = byValue.entrySet().stream().map(e -> texts.text("privacy.term.for",
                amountText(term, e.getKey(), texts), String.join(", ", e.getValue()))).toList();
        return String.join(", ", each.subList(0, each.size() - 1)) + " " + texts.text("privacy.term.or") + " "
                + each.getLast();
    }

    /** What a rule erases and when, as one sentence in the reader's language. */
    public String describe(String ruleId, @Nullable String municipalityId, Texts texts) {
        RetentionRule rule = require(ruleId);
        return texts.text(rule.whatKey()) + ": " + texts.text(rule.whenKey(), describeTerm(ruleId, municipalityId,
                texts));
    }

    /**
     * The whole register as CSV (semicolon-separated, UTF-8), one row per column: what a municipality's own register
     * and its DPIA need. Texts in the reader's language, codes beside them.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.POLICY + "')")
    public String csv(Texts texts) {
        StringBuilder csv = new StringBuilder(String.join(";", List.of("module", "table", "column", "category",
                "category_text", "protection", "purpose", "purpose_text", "legal_basis", "legal_basis_text", "seen_by",
                "retention_rules", "retention", "decided_by"))).append('\n');
        for (RegisterTable rt : collected().tables()) {
            DeclaredTable t = rt.table();
            String seenBy = t.seenBy().stream().map(r -> texts.text("role." + r)).collect(Collectors.joining(", "));
            String ruleIds = String.join(", ", t.rules());
            String retention = t.rules().stream().map(id -> describe(id, null, texts))
                    .collect(Collectors.joining(" | "));
            String decidedBy = t.rules().stream().map(id -> texts.text("privacy.scope." + require(id).term().scope()))
                    .distinct().collect(Collectors.joining(", "));
            for (DeclaredColumn c : t.columns()) {
                boolean personal = c.category().personal();
                csv.append(String.join(";", List.of(cell(rt.module()), cell(t.name()), cell(c.name()),
                        c.category().name(), cell(texts.text("privacy.category." + c.category())),
                        c.protection().name(), t.purpose().name(),
                        cell(texts.text("privacy.purpose." + t.purpose())), t.basis().name(),
                        cell(texts.text("privacy.basis." + t.basis())), cell(personal ? seenBy : ""),
                        cell(personal ? ruleIds : ""), cell(personal ? retention : ""),
                        cell(personal ? decidedBy : "")))).append('\n');
            }
        }
        return csv.toString();
    }

    private String amountText(Term term, int amount, Texts texts) {
        return texts.text("privacy.term." + term.unit().name(), amount);
    }

    private RetentionRule require(String ruleId) {
        RetentionRule rule = collected().rules().get(ruleId);
        if (rule == null) {
            throw new IllegalArgumentException("no retention rule " + ruleId);
        }
        return rule;
    }

    private static String settingOf(Term term) {
        String setting = term.setting();
        if (setting == null) {
            throw new IllegalStateException("a decided term names its setting");
        }
        return setting;
    }

    private RetentionTerms source() {
        RetentionTerms source = terms.getIfAvailable();
        if (source == null) {
            throw new IllegalStateException("no source of retention terms");
        }
        return source;
    }

    /** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
