-- ingest: documents (one per SHA-256 of their bytes) and the facts extracted from them, each with its evidence.

CREATE TABLE ingest_document (
    id          bigserial PRIMARY KEY,
    sha256      char(64) NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    file_name   text     NOT NULL,
    language    text     NOT NULL,
    supported   boolean  NOT NULL,
    published   date,
    title       text,
    text        text     NOT NULL,
    extraction  jsonb    NOT NULL,
    ingested_at timestamptz NOT NULL
);

CREATE TABLE ingest_mention (
    document_id bigint  NOT NULL REFERENCES ingest_document (id) ON DELETE CASCADE,
    kind        text    NOT NULL CHECK (kind IN ('region', 'grouping', 'organisation')),
    ref         text    NOT NULL,
    name        text    NOT NULL,
    start_cp    integer NOT NULL CHECK (start_cp >= 0),
    end_cp      integer NOT NULL CHECK (end_cp > start_cp)
);
CREATE INDEX ingest_mention_ref ON ingest_mention (kind, ref);

CREATE TABLE ingest_fact (
    id            bigserial PRIMARY KEY,
    document_id   bigint  NOT NULL REFERENCES ingest_document (id) ON DELETE CASCADE,
    kind          text    NOT NULL CHECK (kind IN ('event', 'target', 'figure')),
    type          text    NOT NULL,
    region_code   char(6) REFERENCES geo_region (code),
    event_date    date,
    period        text,
    value         double precision,
    unit          text,
    fact          jsonb   NOT NULL,
    evidence_start integer NOT NULL,
    evidence_end   integer NOT NULL,
    evidence_text  text    NOT NULL,
    review_status text    NOT NULL DEFAULT 'extracted' CHECK (review_status IN ('extracted', 'confirmed', 'rejected'))
);
CREATE INDEX ingest_fact_region ON ingest_fact (kind, region_code);
