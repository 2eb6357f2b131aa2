-- The audit trail is kept for the region's term, then its oldest entries are pruned. Before they go, a checkpoint
-- records the last pruned entry and its hash: the first entry kept names that hash as its previous one, so the chain
-- verifies from the checkpoint on. The database lets an entry be deleted only when a checkpoint covers it; a
-- checkpoint must name an existing entry by its true hash, only ever moves forward, and is itself never changed.

-- A reason may now be stored encrypted (FieldCipher: "v1.<keyId>.<base64>", four times the plain length at most).
ALTER TABLE audit_entry MODIFY reason VARCHAR(3000) NULL;

CREATE TABLE audit_checkpoint (
    sequence_no BIGINT      NOT NULL PRIMARY KEY,  -- the last pruned entry
    entry_hash  CHAR(64)    NOT NULL,              -- its hash: the previous_hash of the first entry kept
    occurred_at DATETIME(6) NOT NULL,              -- when that entry was written
    pruned_at   DATETIME(6) NOT NULL
) ENGINE = InnoDB;

CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';

CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';

DROP TRIGGER audit_entry_no_delete;

DELIMITER //
CREATE TRIGGER audit_checkpoint_valid BEFORE INSERT ON audit_checkpoint FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_entry WHERE sequence_no = NEW.sequence_no AND entry_hash = NEW.entry_hash)
       OR NEW.sequence_no <= (SELECT COALESCE(MAX(sequence_no), 0) FROM audit_checkpoint) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an audit checkpoint names an existing entry and moves forward';
    END IF;
END//

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
BEGIN
    IF OLD.sequence_no > (SELECT COALESCE(MAX(sequence_no), 0) FROM audit_checkpoint) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
    END IF;
END//
DELIMITER ;
