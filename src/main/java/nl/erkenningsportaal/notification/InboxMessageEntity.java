package nl.erkenningsportaal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "inbox_message")
class InboxMessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(name = "body_key")
    private String bodyKey;

    private String arguments;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected InboxMessageEntity() {}

    InboxMessageEntity(long accountId, String subjectKey, String bodyKey, String arguments, Instant createdAt) {
        this.accountId = accountId;
        this.subjectKey = subjectKey;
        this.bodyKey = bodyKey;
        this.arguments = arguments;
        this.createdAt = createdAt;
    }

    long getAccountId() {
        return accountId;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The message, its arguments opened with {@code open} (they are stored encrypted). */
    InboxMessage toRecord(UnaryOperator<String> open) {
        return new InboxMessage(id, subjectKey, bodyKey, MessageArguments.fromJson(open.apply(arguments)), createdAt,
                readAt);
    }
}
