-- A hiring manager's question set: the job description it was planned from and the number of its latest version.
-- The job description is the employer's text, not candidate data.
CREATE TABLE question_sets (
    id               TEXT PRIMARY KEY,
    hiring_manager   TEXT,
    job_description  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    current_version  INTEGER NOT NULL
);

-- Every version of a set, kept: the confirmed requirements, the planning options and the plan (JSON). An edit adds
-- a version; none is ever updated.
CREATE TABLE question_set_versions (
    question_set_id  TEXT NOT NULL REFERENCES question_sets (id),
    version          INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    author           TEXT NOT NULL,
    change_summary   TEXT NOT NULL,
    body             TEXT NOT NULL,
    PRIMARY KEY (question_set_id, version)
);

-- Drafted questions a reviewer approved into the bank (JSON, with their origin). Loaded into the bank and the
-- search index at every start.
CREATE TABLE reviewed_items (
    id               TEXT PRIMARY KEY,
    question_set_id  TEXT NOT NULL REFERENCES question_sets (id),
    approved_at      TEXT NOT NULL,
    item             TEXT NOT NULL
);
