package dev.interviewcopilot.server.retrieval;

import java.nio.ByteBuffer;
import java.util.UUID;

/** A UUID as 16 big-endian bytes, the form item ids take in doc values. */
final class UuidBytes {
    private UuidBytes() {}

    static byte[] of(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    static UUID toUuid(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
