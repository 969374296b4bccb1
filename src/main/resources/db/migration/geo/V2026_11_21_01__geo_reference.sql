-- geo: Chinese divisions, their names, groupings and membership over time.
-- Filled from the bundled reference data by ReferenceDataLoader (idempotent, keyed by checksum).

CREATE TABLE geo_region (
    code         char(6)  PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name_zh      text     NOT NULL CHECK (name_zh <> ''),
    name_en      text     NOT NULL CHECK (name_en <> ''),
    level        smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code  char(6)  REFERENCES geo_region (code),
    lat          double precision CHECK (lat BETWEEN -90 AND 90),
    lon          double precision CHECK (lon BETWEEN -180 AND 180),
    rank         text CHECK (rank IN ('municipality', 'special_administrative_region', 'sub_provincial', 'provincial_capital')),
    population_2020 bigint CHECK (population_2020 > 0),
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK ((level = 1) = (parent_code IS NULL))
);
CREATE INDEX geo_region_parent ON geo_region (parent_code);
CREATE INDEX geo_region_level ON geo_region (level);

CREATE TABLE geo_region_name (
    code  char(6) NOT NULL REFERENCES geo_region (code) ON DELETE CASCADE,
    name  text    NOT NULL CHECK (name <> ''),
    lang  text    NOT NULL CHECK (lang IN ('zh', 'en', 'de', 'pinyin')),
    kind  text    NOT NULL,
    key   text    NOT NULL CHECK (key <> ''),
    PRIMARY KEY (code, name, lang)
);
CREATE INDEX geo_region_name_key ON geo_region_name (key text_pattern_ops);

CREATE TABLE geo_grouping (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind            text NOT NULL CHECK (kind IN ('corridor', 'axis', 'twin_cities', 'city_cluster', 'economic_circle',
                                                  'cooperation_mechanism', 'macro_region')),
    name_en         text NOT NULL,
    name_zh         text NOT NULL,
    name_de         text NOT NULL,
    membership_note text NOT NULL DEFAULT ''
);

CREATE TABLE geo_grouping_name (
    grouping_id text NOT NULL REFERENCES geo_grouping (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (name <> ''),
    lang        text NOT NULL CHECK (lang IN ('zh', 'en', 'de')),
    key         text NOT NULL CHECK (key <> ''),
    PRIMARY KEY (grouping_id, name, lang)
);
CREATE INDEX geo_grouping_name_key ON geo_grouping_name (key text_pattern_ops);

CREATE TABLE geo_membership (
    grouping_id    text    NOT NULL REFERENCES geo_grouping (id) ON DELETE CASCADE,
    region_code    char(6) NOT NULL REFERENCES geo_region (code),
    valid_from     date,
    from_precision text CHECK (from_precision IN ('day', 'month', 'year')),
    valid_to       date,
    role           text    NOT NULL DEFAULT 'member',
    source         text    NOT NULL CHECK (source <> ''),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CHECK ((valid_from IS NULL) = (from_precision IS NULL)),
    UNIQUE NULLS NOT DISTINCT (grouping_id, region_code, valid_from)
);
CREATE INDEX geo_membership_region ON geo_membership (region_code);

-- Which version of the reference data the store holds.
CREATE TABLE geo_dataset (
    name      text PRIMARY KEY,
    checksum  char(64) NOT NULL,
    loaded_at timestamptz NOT NULL
);
