-- The factor exchange: listings with their history, expressions of interest with theirs.

CREATE TABLE exchange_listing (
    id              bigserial PRIMARY KEY,
    organisation_id bigint   NOT NULL REFERENCES actor_organisation (id),
    kind            text     NOT NULL CHECK (kind IN ('offer', 'need')),
    factor          text     NOT NULL CHECK (factor IN ('technology', 'talent', 'capital', 'facility', 'data',
                                                        'pilot_capacity', 'project')),
    language        text     NOT NULL CHECK (language IN ('zh', 'en', 'de')),
    title           text     NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    description     text     NOT NULL CHECK (length(description) <= 10000),
    industries      text[]   NOT NULL DEFAULT '{}',
    region_code     char(6)  NOT NULL REFERENCES geo_region (code),
    terms           text[]   NOT NULL DEFAULT '{}',
    trl             smallint CHECK (trl BETWEEN 1 AND 9),
    budget_min_cny  numeric  CHECK (budget_min_cny >= 0),
    budget_max_cny  numeric  CHECK (budget_max_cny >= 0),
    valid_until     date     NOT NULL,
    status          text     NOT NULL CHECK (status IN ('draft', 'published', 'matched', 'closed', 'expired')),
    version         integer  NOT NULL DEFAULT 1 CHECK (version >= 1),
    demo            boolean  NOT NULL DEFAULT false,
    demo_key        text     UNIQUE,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (budget_min_cny IS NULL OR budget_max_cny IS NULL OR budget_min_cny <= budget_max_cny),
    CHECK (trl IS NULL OR factor = 'technology')
);

CREATE INDEX exchange_listing_status ON exchange_listing (status, valid_until);
CREATE INDEX exchange_listing_organisation ON exchange_listing (organisation_id);

CREATE TABLE exchange_listing_history (
    id          bigserial PRIMARY KEY,
    listing_id  bigint  NOT NULL REFERENCES exchange_listing (id) ON DELETE CASCADE,
    version     integer NOT NULL,
    action      text    NOT NULL,
    status      text    NOT NULL,
    account_id  bigint  REFERENCES account (id),
    at          timestamptz NOT NULL,
    snapshot    jsonb   NOT NULL
);

CREATE INDEX exchange_listing_history_listing ON exchange_listing_history (listing_id, id);

CREATE TABLE exchange_interest (
    id                    bigserial PRIMARY KEY,
    listing_id            bigint  NOT NULL REFERENCES exchange_listing (id),
    from_listing_id       bigint  REFERENCES exchange_listing (id),
    sender_organisation   bigint  NOT NULL REFERENCES actor_organisation (id),
    receiver_organisation bigint  NOT NULL REFERENCES actor_organisation (id),
    sent_by               bigint  NOT NULL REFERENCES account (id),
    message               text    NOT NULL CHECK (length(message) <= 5000),
    status                text    NOT NULL CHECK (status IN ('sent', 'accepted', 'declined', 'meeting', 'agreed',
                                                              'withdrawn')),
    decline_reason        text    CHECK (decline_reason IN ('too_early', 'unclear_benefit', 'not_our_field', 'terms',
                                                             'other')),
    decline_text          text    CHECK (length(decline_text) <= 2000),
    meeting_at            timestamptz,
    meeting_place         text,
    agreement_kind        text    CHECK (agreement_kind IN ('licence', 'joint_rnd', 'purchase', 'investment',
                                                             'service', 'secondment', 'lease', 'other')),
    agreement_signed_on   date,
    agreement_summary     text    CHECK (length(agreement_summary) <= 5000),
    cooperation_event_id  bigint  REFERENCES cooperation_event (id),
    version               integer NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CHECK (sender_organisation <> receiver_organisation),
    CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
    CHECK (status <> 'agreed' OR (agreement_kind IS NOT NULL AND agreement_signed_on IS NOT NULL))
);

CREATE INDEX exchange_interest_sender ON exchange_interest (sender_organisation);
CREATE INDEX exchange_interest_receiver ON exchange_interest (receiver_organisation);

CREATE TABLE exchange_interest_history (
    id          bigserial PRIMARY KEY,
    interest_id bigint  NOT NULL REFERENCES exchange_interest (id) ON DELETE CASCADE,
    status      text    NOT NULL,
    account_id  bigint  NOT NULL REFERENCES account (id),
    at          timestamptz NOT NULL,
    note        text
);
