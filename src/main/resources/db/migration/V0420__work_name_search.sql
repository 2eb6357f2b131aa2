-- The officer's worklist finds a request by its work name (issue 23) through a keyed blind index: HMAC-SHA256, with
-- the blind-index key, of the work name folded (case, accents, spaces). The column holds no name, and a search
-- compares hashes, never decrypting. The key is not in the database, so the application fills the index for the
-- requests stored before this column (Java migration V0421, recognition.WorkNameSearchBackfill).
ALTER TABLE recognition_request
    ADD COLUMN work_name_index CHAR(64) NULL AFTER work_name_enc,
    ADD INDEX recognition_request_work_name (municipality_id, work_name_index);
