-- The address (and notes) of a visit where nobody opened, or the person did not want to talk, is erased a few weeks
-- after the visit (the municipality's term); the visit itself stays until the term for all visits, so its outcome is
-- still counted. address_enc may therefore be empty now.
ALTER TABLE outreach_visit MODIFY address_enc VARCHAR(1024) NULL;
