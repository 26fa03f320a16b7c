-- The decision trail is append-only, enforced by the database as well as by the code: no row is ever deleted or
-- truncated, and an update may only erase a payload (the tombstone of candidate erasure). Someone who can drop
-- these triggers can still edit the table; the hash chain is what shows that they did.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'audit_events is append-only: a trail event is never deleted';
    END IF;
    IF NEW.payload IS NOT NULL
        OR (NEW.interview_id, NEW.seq, NEW.at, NEW.actor, NEW.kind, NEW.payload_hash, NEW.prev_hash, NEW.hash)
            IS DISTINCT FROM
            (OLD.interview_id, OLD.seq, OLD.at, OLD.actor, OLD.kind, OLD.payload_hash, OLD.prev_hash, OLD.hash) THEN
        RAISE EXCEPTION 'audit_events is append-only: an update may only erase a payload';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
