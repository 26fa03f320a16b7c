package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether an item is offered for new interviews. Retired items stay readable for the interviews that used them. */
public enum ItemStatus {
    ACTIVE("active"),
    RETIRED("retired");

    private final String wireName;

    ItemStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in bank files and the API. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The status with this wire name, if any. */
    public static Optional<ItemStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
