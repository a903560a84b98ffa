package io.greenlane.eligibility.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null checks with messages that name the field; shared by the records of this package. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An unmodifiable copy; null is empty, a null element is rejected naming the field and position. */
    static <T> List<T> list(List<T> value, String field) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(value);
    }

    /** An unmodifiable copy; null is empty, a null key or value is rejected naming the field. */
    static <K, V> Map<K, V> map(Map<K, V> value, String field) {
        if (value == null) {
            return Map.of();
        }
        value.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(field + " has a null " + (k == null ? "key" : "value for " + k));
            }
        });
        // in the caller's order (Map.copyOf's order changes from one JVM run to the next)
        return Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }
}
