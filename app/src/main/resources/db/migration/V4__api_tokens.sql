-- API tokens: how scripts and vendors' systems call the API without sending a password each time.
-- Only a SHA-256 digest of a token is kept; the token itself is shown once, when it is issued.
create table api_token (
    id           serial primary key,
    user_id      integer     not null references app_user (id) on delete cascade,
    label        text        not null check (length(label) between 1 and 100),
    token_sha256 char(64)    not null unique,
    prefix       varchar(16) not null,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
comment on table api_token is 'bearer tokens of the API: the digest only; a token acts as its user, with the user''s role and scope';
create index api_token_user on api_token (user_id);
