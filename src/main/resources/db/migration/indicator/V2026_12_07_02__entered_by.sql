-- Who entered an observation or a target: the account id (no foreign key, so that the record of authorship
-- outlives the account); null for reference data, extracted facts and the command line.
ALTER TABLE indicator_observation ADD COLUMN entered_by bigint;
ALTER TABLE indicator_target ADD COLUMN entered_by bigint;
