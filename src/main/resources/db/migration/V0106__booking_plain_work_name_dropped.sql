-- Every work name is in work_name_enc now (V0105); the plain column goes.
ALTER TABLE consultation_booking DROP COLUMN work_name;
