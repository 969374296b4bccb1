-- The cooperation record: events between regions and organisations, with provenance.

CREATE TABLE cooperation_event (
    id            bigserial PRIMARY KEY,
    type          text NOT NULL CHECK (type IN ('visit', 'agreement', 'conference', 'project_signing',
                                                'platform_launch', 'policy', 'other')),
    occurred_on   date NOT NULL,
    title         text NOT NULL CHECK (title <> ''),
    detail        text,
    origin        text NOT NULL CHECK (origin IN ('exchange', 'ingest', 'manual')),
    origin_ref    text NOT NULL,
    review_status text NOT NULL CHECK (review_status IN ('extracted', 'confirmed')),
    created_at    timestamptz NOT NULL,
    UNIQUE (origin, origin_ref)
);

CREATE TABLE cooperation_party (
    event_id     bigint  NOT NULL REFERENCES cooperation_event (id) ON DELETE CASCADE,
    kind         text    NOT NULL CHECK (kind IN ('region', 'organisation')),
    ref          text    NOT NULL,
    name         text    NOT NULL,
    region_code  char(6) NOT NULL REFERENCES geo_region (code),
    PRIMARY KEY (event_id, kind, ref)
);

CREATE INDEX cooperation_party_region ON cooperation_party (region_code);
