-- Candidates hold the personal data that erasure removes; everything else refers to them by id.
CREATE TABLE candidates (
    id          TEXT PRIMARY KEY,
    name        TEXT,
    email       TEXT,
    created_at  TEXT NOT NULL,
    erased_at   TEXT
);

-- An interview: who runs it (interviewer), whose plan it follows (hiring manager), and what it asks.
CREATE TABLE interviews (
    id                  TEXT PRIMARY KEY,
    candidate_id        TEXT NOT NULL REFERENCES candidates (id),
    position            TEXT NOT NULL,
    interviewer         TEXT NOT NULL,
    hiring_manager      TEXT,
    stage               TEXT NOT NULL,
    interview_date      TEXT NOT NULL,
    role                TEXT,
    seniority           TEXT,
    question_set_id     TEXT,
    questions           TEXT NOT NULL,
    scorecard_template  TEXT NOT NULL,
    current_question_id TEXT,
    created_at          TEXT NOT NULL
);
CREATE INDEX interviews_by_interviewer ON interviews (interviewer, created_at);
CREATE INDEX interviews_by_candidate ON interviews (candidate_id);

-- What was said, in order, and the question that was current when it was said. Erasure deletes the rows.
CREATE TABLE transcript_segments (
    interview_id  TEXT NOT NULL REFERENCES interviews (id),
    seq           INTEGER NOT NULL,
    speaker       TEXT NOT NULL,
    text          TEXT NOT NULL,
    start_ms      INTEGER,
    end_ms        INTEGER,
    question_id   TEXT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (interview_id, seq)
);

-- Follow-up probes suggested to the interviewer, and whether they used or dismissed each.
CREATE TABLE probes (
    id            TEXT PRIMARY KEY,
    interview_id  TEXT NOT NULL REFERENCES interviews (id),
    question_id   TEXT NOT NULL,
    text          TEXT NOT NULL,
    target_kind   TEXT NOT NULL,
    target_id     TEXT NOT NULL,
    why           TEXT NOT NULL,
    source        TEXT NOT NULL,
    status        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    decided_at    TEXT
);
CREATE INDEX probes_by_interview ON probes (interview_id, created_at);

-- Draft notes and the interviewer's decision on each; only confirmed notes reach the scorecard. draft_text is
-- what the copilot proposed, text what the interviewer kept (the two differ when they edited it).
CREATE TABLE notes (
    id              TEXT PRIMARY KEY,
    interview_id    TEXT NOT NULL REFERENCES interviews (id),
    question_id     TEXT NOT NULL,
    criterion_kind  TEXT NOT NULL,
    criterion_id    TEXT NOT NULL,
    observation     TEXT NOT NULL,
    draft_text      TEXT NOT NULL,
    text            TEXT,
    evidence        TEXT NOT NULL,
    suggested_band  TEXT,
    status          TEXT NOT NULL,
    engine          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    decided_at      TEXT,
    decided_by      TEXT
);
CREATE INDEX notes_by_interview ON notes (interview_id, created_at);

-- The interviewer's scorecard: field values as JSON; a submitted one is signed and locked. version counts saves
-- so that concurrent edits can be told apart.
CREATE TABLE scorecards (
    interview_id   TEXT PRIMARY KEY REFERENCES interviews (id),
    template_id    TEXT NOT NULL,
    content        TEXT NOT NULL,
    status         TEXT NOT NULL,
    version        INTEGER NOT NULL,
    updated_at     TEXT NOT NULL,
    signed_by      TEXT,
    signed_at      TEXT,
    content_hash   TEXT
);

-- Changes after submission, each signed on its own: content holds the changed fields only.
CREATE TABLE scorecard_amendments (
    interview_id  TEXT NOT NULL REFERENCES interviews (id),
    seq           INTEGER NOT NULL,
    content       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    signed_by     TEXT NOT NULL,
    signed_at     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    PRIMARY KEY (interview_id, seq)
);

-- The decision trail: append-only, hash-chained per interview. The chain covers each payload's hash, so an
-- erased payload (a tombstone) keeps the chain verifiable.
CREATE TABLE audit_events (
    interview_id  TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    payload       TEXT,
    payload_hash  TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL,
    PRIMARY KEY (interview_id, seq)
);
