-- Organisations: enterprises, universities, institutes, platforms, government bodies, funds, alliances.

CREATE TABLE actor_organisation (
    id          bigserial PRIMARY KEY,
    name        text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    type        text    NOT NULL CHECK (type IN ('enterprise', 'university', 'research_institute',
                                                 'innovation_platform', 'government_body', 'fund', 'alliance')),
    region_code char(6) NOT NULL REFERENCES geo_region (code),
    industries  text[]  NOT NULL DEFAULT '{}',
    language    text    NOT NULL CHECK (language IN ('zh', 'en', 'de')),
    demo        boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    UNIQUE (name, region_code)
);
