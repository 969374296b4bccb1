-- Two more roles: an intermediary acts for an intermediary organisation (a technology-transfer office, a
-- matchmaking agency), as a member does for hers; an analyst ingests documents and curates sources.
ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check
    CHECK (role IN ('member', 'intermediary', 'analyst', 'planner', 'admin'));
ALTER TABLE account ADD CONSTRAINT account_intermediary_organisation
    CHECK (role <> 'intermediary' OR organisation_id IS NOT NULL);
