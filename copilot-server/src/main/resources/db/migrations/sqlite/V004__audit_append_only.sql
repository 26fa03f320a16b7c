-- The decision trail is append-only, enforced by the database as well as by the code: no row is ever deleted, and
-- an update may only erase a payload (the tombstone of candidate erasure). Someone who can drop these triggers can
-- still edit the table; the hash chain is what shows that they did.
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: a trail event is never deleted'); END;

CREATE TRIGGER audit_events_tombstone_only BEFORE UPDATE ON audit_events
WHEN NEW.payload IS NOT NULL
    OR NEW.interview_id IS NOT OLD.interview_id OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at
    OR NEW.actor IS NOT OLD.actor OR NEW.kind IS NOT OLD.kind OR NEW.payload_hash IS NOT OLD.payload_hash
    OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: an update may only erase a payload'); END;
