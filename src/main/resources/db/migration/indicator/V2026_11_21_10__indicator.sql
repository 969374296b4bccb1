-- indicator: observations per region, indicator and period, and quantified targets, each with its source.

CREATE TABLE indicator_observation (
    id           bigserial PRIMARY KEY,
    region_code  char(6) NOT NULL REFERENCES geo_region (code),
    indicator    text    NOT NULL CHECK (indicator ~ '^[a-z][a-z0-9_]*$'),
    period       text    NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4](\.\.Q[1-4])?)?$'),
    year         smallint NOT NULL CHECK (year BETWEEN 1949 AND 2100),
    value        double precision NOT NULL,
    unit         text    NOT NULL CHECK (unit IN ('CNY', 'percent', 'persons', 'count', 'per_10k_residents')),
    source       text    NOT NULL CHECK (source <> ''),
    tier         text,
    origin       text    NOT NULL CHECK (origin IN ('reference', 'import', 'extracted', 'api')),
    UNIQUE (region_code, indicator, period, origin, source)
);
CREATE INDEX indicator_observation_series ON indicator_observation (region_code, indicator, year);

CREATE TABLE indicator_target (
    id             bigserial PRIMARY KEY,
    region_code    char(6) NOT NULL REFERENCES geo_region (code),
    indicator      text    NOT NULL CHECK (indicator ~ '^[a-z][a-z0-9_]*$'),
    value          double precision NOT NULL,
    unit           text    NOT NULL CHECK (unit IN ('CNY', 'percent', 'persons', 'count', 'per_10k_residents')),
    deadline       smallint NOT NULL CHECK (deadline BETWEEN 1949 AND 2100),
    baseline_year  smallint CHECK (baseline_year BETWEEN 1949 AND 2100),
    baseline_value double precision,
    statement      text    NOT NULL DEFAULT '',
    source         text    NOT NULL CHECK (source <> ''),
    origin         text    NOT NULL CHECK (origin IN ('reference', 'import', 'extracted', 'api')),
    CHECK (baseline_year IS NULL OR baseline_year <= deadline),
    UNIQUE (region_code, indicator, deadline, value, source)
);

CREATE TABLE indicator_dataset (
    name      text PRIMARY KEY,
    checksum  char(64) NOT NULL,
    loaded_at timestamptz NOT NULL
);
