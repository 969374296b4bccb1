-- Accounts (members of organisations, planners of regions, administrators) and API tokens.

CREATE TABLE account (
    id              bigserial PRIMARY KEY,
    email           text    NOT NULL UNIQUE CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$'),
    display_name    text    NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    password_hash   text    NOT NULL,
    role            text    NOT NULL CHECK (role IN ('member', 'planner', 'admin')),
    organisation_id bigint  REFERENCES actor_organisation (id),
    region_code     char(6) REFERENCES geo_region (code),
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    CHECK (role <> 'member' OR organisation_id IS NOT NULL),
    CHECK (role <> 'planner' OR region_code IS NOT NULL)
);

CREATE TABLE account_token (
    id           bigserial PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash   bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    name         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    CHECK (expires_at > created_at)
);
