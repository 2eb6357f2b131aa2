package nl.erkenningsportaal.platform;

/**
 * The role names, in one place. Use these constants in {@code @RolesAllowed} and {@code @PreAuthorize} (as
 * {@code "hasRole('" + Roles.ADMIN + "')"}, never a literal). They live in the platform module, below every other
 * module, because every module guards with them: in {@code account} they tied {@code municipality} and
 * {@code audit} back to it in a cycle that byte code does not show (javac inlines the constants).
 */
public final class Roles {
    public static final String WORKER = "WORKER";
    public static final String OFFICER = "OFFICER";
    public static final String GGD = "GGD";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";
    public static final String POLICY = "POLICY";
    /**
     * An administrator of one municipality: she manages only that municipality's officers and policy makers and its
     * settings; the region's administrator ({@link #ADMIN}) keeps everything else (issue 20).
     */
    public static final String MUNICIPAL_ADMIN = "MUNICIPAL_ADMIN";

    /** Staff roles: every role but the worker's. */
    public static final java.util.List<String> STAFF = java.util.List.of(OFFICER, GGD, COORDINATOR, ADMIN, POLICY,
            MUNICIPAL_ADMIN);
    public static final java.util.List<String> ALL =
            java.util.List.of(WORKER, OFFICER, GGD, COORDINATOR, ADMIN, POLICY, MUNICIPAL_ADMIN);

    private Roles() {}
}
