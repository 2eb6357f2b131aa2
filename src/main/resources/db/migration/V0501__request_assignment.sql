-- Assignment (issue 20): a request can be assigned to one officer of its municipality, who then owns it on the
-- worklist ("mine") and alone receives its alerts. A staff id only; who assigned whom to what is in the audit trail,
-- and the request's history says it was assigned or released.

ALTER TABLE recognition_request
    ADD COLUMN assignee_account_id BIGINT NULL,
    ADD CONSTRAINT recognition_request_assignee_fk FOREIGN KEY (assignee_account_id) REFERENCES user_account (id)
        ON DELETE SET NULL,
    ADD INDEX recognition_request_assignee (municipality_id, assignee_account_id);
