package dev.interviewcopilot.server.access;

import dev.interviewcopilot.server.store.Database;
import dev.interviewcopilot.server.store.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Issues, revokes and checks API tokens. A token is {@value #PREFIX} plus 32 random bytes (base64url); only its
 * SHA-256 is stored, which is enough for a secret of 256 random bits (no password stretching is needed, ADR 0012).
 * Checked tokens are remembered for {@link #CACHE_FOR} so a request costs no database read; a revocation made
 * through another instance therefore takes effect within that time, one made here at once.
 */
public final class ApiTokens {
    static final String PREFIX = "icp_";
    static final Duration CACHE_FOR = Duration.ofSeconds(5);
    static final int MAX_NAME = 200;
    private static final int CACHE_LIMIT = 10_000;
    private static final Pattern WELL_FORMED = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens = new ApiTokenRepository();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * A token just issued: the stored record and the secret, which exists nowhere else once this is dropped.
     *
     * @param token the stored record
     * @param secret the token to hand to its holder
     */
    public record Issued(ApiToken token, String secret) {}

    /**
     * Issues a token.
     *
     * @throws IllegalArgumentException if the subject or label is blank, too long or holds control characters
     */
    public Issued issue(String subject, Role role, Optional<String> label) {
        Issued issued = create(subject, role, label);
        database.write(c -> {
            tokens.insert(c, issued.token(), Sha256.hex(issued.secret()));
            return null;
        });
        return issued;
    }

    /**
     * Issues a token only if none was ever issued, in one transaction: of several instances starting together on
     * an empty database, exactly one gets it.
     */
    public Optional<Issued> issueFirst(String subject, Role role, Optional<String> label) {
        Issued issued = create(subject, role, label);
        boolean stored = database.write(c -> {
            if (tokens.any(c)) {
                return false;
            }
            tokens.insert(c, issued.token(), Sha256.hex(issued.secret()));
            return true;
        });
        return stored ? Optional.of(issued) : Optional.empty();
    }

    /** Deletes a token that was issued but could not be delivered, so that no token exists that nobody holds. */
    public void withdraw(String id) {
        database.write(c -> tokens.delete(c, id));
        cache.values().removeIf(cached -> cached.principal().tokenId().equals(id));
    }

    private Issued create(String subject, Role role, Optional<String> label) {
        check("subject", subject);
        label.ifPresent(l -> check("label", l));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byte[] id = new byte[6];
        random.nextBytes(id);
        ApiToken token = new ApiToken(
                "tok_" + HexFormat.of().formatHex(id),
                subject.strip(),
                role,
                label.map(String::strip),
                clock.instant(),
                Optional.empty());
        return new Issued(token, secret);
    }

    /** Revokes a token by its id; false if no active token has it. Effective here at once. */
    public boolean revoke(String id) {
        boolean revoked = database.write(c -> tokens.revoke(c, id, clock.instant()));
        cache.values().removeIf(cached -> cached.principal().tokenId().equals(id));
        return revoked;
    }

    /** Every token issued, revoked ones included, oldest first. */
    public List<ApiToken> list() {
        return database.read(tokens::all);
    }

    public Optional<ApiToken> find(String id) {
        return database.read(c -> tokens.byId(c, id));
    }

    /** Whether any token was ever issued: the first start issues the admin's. */
    public boolean anyIssued() {
        return database.read(tokens::any);
    }

    /** The holder of an active token, or empty for anything else (malformed, unknown, revoked). */
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !WELL_FORMED.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = Sha256.hex(secret);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.principal());
        }
        Optional<ApiToken> token = database.read(c -> tokens.byHash(c, hash)).filter(ApiToken::active);
        if (token.isEmpty()) {
            cache.remove(hash);
            return Optional.empty();
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        Principal principal = token.get().principal();
        cache.put(hash, new Cached(principal, now.plus(CACHE_FOR)));
        return Optional.of(principal);
    }

    private static void check(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_NAME + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must not hold control characters");
        }
    }

    private record Cached(Principal principal, Instant until) {}
}
