package nl.erkenningsportaal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Whether a failure means "the database cannot be reached". Most failures say so by their kind (see
 * {@link Faults#databaseUnreachable}); some do not — a transaction caught half-way by an outage ends in a failed
 * rollback on a dead connection — so for a database failure of unclear kind the database is asked whether it
 * answers now.
 */
@Component
public class DatabaseStatus {

    static final int PROBE_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean unreachable(Throwable failure) {
        if (Faults.databaseUnreachable(failure)) {
            return true;
        }
        if (!Faults.fromDatabase(failure)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return !connection.isValid(PROBE_SECONDS);
        } catch (SQLException e) {
            return true;
        }
    }
}
