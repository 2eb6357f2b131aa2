package nl.erkenningsportaal.platform;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells what kind of fault an exception stands for, and describes it for a log line without its messages: the
 * text of a database or validation exception can hold what a person typed (a duplicate value, a name), and logs
 * never hold personal data. A description names the exception classes and where in the portal's own code each was
 * thrown — enough to find the fault, nothing about the person.
 */
public final class Faults {

    private static final String OWN_CODE = "nl.erkenningsportaal.";

    private Faults() {}

    /**
     * True when {@code failure} means the database cannot be reached (stopped, restarting, network gone, pool out
     * of connections): nothing the user did is wrong, and trying again in a minute will work.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SocketException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
        }
        return false;
    }

    /** True when {@code failure} came from the database or the transaction around it, of whatever kind. */
    public static boolean fromDatabase(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException
                    || t.getClass().getName().startsWith("org.hibernate.")
                    || t.getClass().getName().startsWith("jakarta.persistence.")) {
                return true;
            }
        }
        return false;
    }

    /** The first {@link Refusal} in the chain: a reason the user can act on. */
    public static Optional<Refusal> refusal(Throwable failure) {
        return chain(failure).stream().filter(Refusal.class::isInstance).map(Refusal.class::cast).findFirst();
    }

    /**
     * "CannotCreateTransactionException <- SQLTransientConnectionException (at nl.erkenningsportaal.x.Y.z:42)":
     * the classes of the chain and the innermost frame of the portal's own code, never a message.
     */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t : chain(failure)) {
            String part = t.getClass().getName();
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                part += " [SQLSTATE " + sql.getSQLState() + "]";
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(OWN_CODE) && !frame.getClassName().contains("$$")) {
                    part += " (at " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber()
                            + ")";
                    break;
                }
            }
            parts.add(part);
        }
        return String.join(" <- ", parts);
    }

    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
