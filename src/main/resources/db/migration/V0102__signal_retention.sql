-- Signal cases are no longer kept for ever: a case closed (or handed over) is erased the region's term after it was
-- closed. closed_at records when; cases closed before this upgrade count as closed today. The database still
-- refuses to delete an open case.
ALTER TABLE signal_case ADD COLUMN closed_at DATETIME(6) NULL;

UPDATE signal_case SET closed_at = UTC_TIMESTAMP(6) WHERE status IN ('CLOSED', 'HANDED_OVER');

DROP TRIGGER signal_case_no_delete;

DELIMITER //
CREATE TRIGGER signal_case_no_delete BEFORE DELETE ON signal_case FOR EACH ROW
BEGIN
    IF OLD.closed_at IS NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an open signal is never deleted';
    END IF;
END//
DELIMITER ;
