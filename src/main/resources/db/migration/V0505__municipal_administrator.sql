-- Administrators per municipality (issue 20): besides the region's administrator (ADMIN), a municipal administrator
-- (MUNICIPAL_ADMIN) manages only her own municipality's officers, policy makers and settings, so she always belongs to
-- one municipality.

ALTER TABLE user_account DROP CONSTRAINT user_account_role_valid;
ALTER TABLE user_account ADD CONSTRAINT user_account_role_valid
    CHECK (role IN ('WORKER', 'OFFICER', 'GGD', 'COORDINATOR', 'ADMIN', 'POLICY', 'MUNICIPAL_ADMIN'));
ALTER TABLE user_account ADD CONSTRAINT user_account_municipal_admin_has_municipality
    CHECK (role <> 'MUNICIPAL_ADMIN' OR municipality_id IS NOT NULL);
