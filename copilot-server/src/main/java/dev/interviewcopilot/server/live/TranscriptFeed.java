package dev.interviewcopilot.server.live;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes the transcript streams of an interview when a segment is appended through this instance. It is only a
 * shortcut: a stream re-reads the store at least once per poll period anyway, so segments appended through another
 * instance sharing the database arrive too, a little later.
 */
public final class TranscriptFeed {
    private final ConcurrentMap<UUID, CompletableFuture<Void>> next = new ConcurrentHashMap<>();

    /**
     * The signal of the next change to an interview's transcript. Take it before reading the store, then wait on it,
     * so a change between the read and the wait is not missed.
     */
    public Signal signal(UUID interviewId) {
        return new Signal(interviewId, next.computeIfAbsent(interviewId, id -> new CompletableFuture<>()));
    }

    /** Wakes every stream waiting on the interview. */
    public void changed(UUID interviewId) {
        CompletableFuture<Void> waiting = next.remove(interviewId);
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    /** One change to wait for. */
    public final class Signal {
        private final UUID interviewId;
        private final CompletableFuture<Void> future;

        private Signal(UUID interviewId, CompletableFuture<Void> future) {
            this.interviewId = interviewId;
            this.future = future;
        }

        /** Waits until the change happens or the time is up; true if it happened. */
        public boolean await(Duration atMost) throws InterruptedException {
            try {
                future.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a transcript signal never fails", e);
            }
        }

        /** Forgets the signal when its stream ends, so interviews no one follows any more hold no memory. */
        public void release() {
            next.remove(interviewId, future);
        }
    }
}
