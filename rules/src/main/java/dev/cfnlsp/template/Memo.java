package dev.cfnlsp.template;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed once and kept, one per class. Not {@code computeIfAbsent}: a computation may itself ask for
 * another value, which that method forbids; two threads at once may both compute, and either result is kept.
 */
public final class Memo {
    private final Map<Class<?>, Object> values = new ConcurrentHashMap<>();

    public <T> T get(Class<T> type, Supplier<T> compute) {
        Object value = values.get(type);
        if (value == null) {
            value = compute.get();
            values.put(type, value);
        }
        return type.cast(value);
    }
}
