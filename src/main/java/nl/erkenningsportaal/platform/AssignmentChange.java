package nl.erkenningsportaal.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * One line of an item's assignment history: when, to whom ({@code null}: released) and by whom. Staff ids only; the
 * screen shows the login names of colleagues.
 */
public record AssignmentChange(Instant changedAt, @Nullable Long assigneeId, long changedBy) {

    /**
     * A line of any of the assignment-history tables, which share their columns: {@code changed_at} (UTC),
     * {@code assignee_account_id}, {@code changed_by}. A row mapper for the stores' queries.
     */
    public static AssignmentChange fromRow(ResultSet rs, int rowNum) throws SQLException {
        return new AssignmentChange(rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("assignee_account_id", Long.class), rs.getLong("changed_by"));
    }
}
