-- The work name a worker may give with a GGD booking can identify her; it is now stored encrypted like the identity
-- fields. Migration V0105 (a Java migration in the consultation module) encrypts the names already stored into this
-- column, and V0106 drops the plain one.
ALTER TABLE consultation_booking ADD COLUMN work_name_enc VARCHAR(512) NULL AFTER work_name;
