-- Who ingested a document: the account id (no foreign key, see the indicator module); null for the demo content
-- and the command line.
ALTER TABLE ingest_document ADD COLUMN entered_by bigint;
