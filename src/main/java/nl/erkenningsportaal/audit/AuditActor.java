package nl.erkenningsportaal.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who acted: an account id and name, its role and (for officers) its municipality. System jobs act as
 * {@link #SYSTEM}.
 */
public record AuditActor(String account, String role, @Nullable String municipality) {
    public static final AuditActor SYSTEM = new AuditActor("system", "SYSTEM", null);
    public static final AuditActor ANONYMOUS = new AuditActor("anonymous", "ANONYMOUS", null);
}
