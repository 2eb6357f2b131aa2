package nl.erkenningsportaal.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One table of the processing register: why it exists, on what basis, who may see it, which retention rules erase
 * it, and every column with its category. Made with {@link #table}:
 *
 * <pre>{@code
 * DeclaredTable.table("outreach_visit", Purpose.OUTREACH, LegalBasis.PUBLIC_TASK)
 *         .seenBy(Roles.OFFICER)
 *         .keptBy(NO_CONTACT, VISITS)
 *         .columns(DataCategory.TECHNICAL, "id", "officer_account_id")
 *         .encrypted(DataCategory.ENFORCEMENT, "address_enc", "notes_enc")
 *         .build();
 * }</pre>
 *
 * @param name    the table's name in the database
 * @param purpose why it is kept
 * @param basis   the legal basis
 * @param seenBy  the roles that may see (part of) it in the portal
 * @param rules   the ids of the retention rules that erase its personal data (empty only when it holds none)
 * @param columns every column, personal or not
 */
public record DeclaredTable(String name, Purpose purpose, LegalBasis basis, List<String> seenBy, List<String> rules,
        List<DeclaredColumn> columns) {

    public DeclaredTable {
        seenBy = List.copyOf(seenBy);
        rules = List.copyOf(rules);
        columns = List.copyOf(columns);
    }

    /** Whether any column holds personal data. */
    public boolean personal() {
        return columns.stream().anyMatch(c -> c.category().personal());
    }

    public static Builder table(String name, Purpose purpose, LegalBasis basis) {
        return new Builder(name, purpose, basis);
    }

    /** A table without personal data: every column is listed as not personal. */
    public static DeclaredTable notPersonal(String name, Purpose purpose, String... columns) {
        return table(name, purpose, LegalBasis.NONE).notPersonal(columns).build();
    }

    /** Builds a {@link DeclaredTable}; a column declared twice is a mistake and refused. */
    public static final class Builder {
        private final String name;
        private final Purpose purpose;
        private final LegalBasis basis;
        private final Set<String> seenBy = new LinkedHashSet<>();
        private final Set<String> rules = new LinkedHashSet<>();
        private final List<DeclaredColumn> columns = new ArrayList<>();

        private Builder(String name, Purpose purpose, LegalBasis basis) {
            this.name = name;
            this.purpose = purpose;
            this.basis = basis;
        }

        public Builder seenBy(String... roles) {
            seenBy.addAll(Arrays.asList(roles));
            return this;
        }

        public Builder keptBy(RetentionRule... retention) {
            Arrays.stream(retention).map(RetentionRule::id).forEach(rules::add);
            return this;
        }

        /** Rules declared by another module (a table erased with an account, for example). */
        public Builder keptBy(String... ruleIds) {
            rules.addAll(Arrays.asList(ruleIds));
            return this;
        }

        public Builder columns(DataCategory category, String... names) {
            return add(category, Protection.PLAIN, names);
        }

        /** Columns that hold only {@link FieldCipher} ciphertext. */
        public Builder encrypted(DataCategory category, String... names) {
            return add(category, Protection.ENCRYPTED, names);
        }

        /**
         * Personal text columns that hold only what the portal writes itself (keys, dates, places, links,
         * enumerations), never text a person typed; see {@link Protection#GENERATED}.
         */
        public Builder generated(DataCategory category, String... names) {
            return add(category, Protection.GENERATED, names);
        }

        /** Columns that hold only a keyed blind index or the hash of a random secret. */
        public Builder hashed(DataCategory category, String... names) {
            return add(category, Protection.HASHED, names);
        }

        public Builder notPersonal(String... names) {
            return add(DataCategory.NOT_PERSONAL, Protection.PLAIN, names);
        }

        private Builder add(DataCategory category, Protection protection, String... names) {
            for (String column : names) {
                if (columns.stream().anyMatch(c -> c.name().equals(column))) {
                    throw new IllegalArgumentException(name + "." + column + " is declared twice");
                }
                columns.add(new DeclaredColumn(column, category, protection));
            }
            return this;
        }

        public DeclaredTable build() {
            return new DeclaredTable(name, purpose, basis, List.copyOf(seenBy), List.copyOf(rules), columns);
        }
    }
}
