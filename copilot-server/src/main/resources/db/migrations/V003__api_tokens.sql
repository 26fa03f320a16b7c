-- API tokens: who may call the service and in which role. Only a SHA-256 of each token is kept; the token itself is
-- shown once, when it is created. A revoked token stays, with the time of revocation, so the trail can name it.
CREATE TABLE api_tokens (
    id          TEXT PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    subject     TEXT NOT NULL,
    role        TEXT NOT NULL,
    label       TEXT,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE INDEX api_tokens_by_subject ON api_tokens (subject);
