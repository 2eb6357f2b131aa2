-- Handled event publications are now deleted when their listener succeeds (completion-mode=delete). Those kept
-- before then hold serialized events that name workers' accounts and appointments, and nothing reads them again.
DELETE FROM EVENT_PUBLICATION WHERE completion_date IS NOT NULL;
