package dev.cfnlsp.template;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Values computed once and kept, one per class. Not {@code computeIfAbsent}: a computation may itself ask for
 * another value, which that method forbids; two threads at once may both compute, and either result is kept. Kept as
 * one small array of class/value pairs: there is a memo per resource, and each holds a handful of values at most.
 */
public final class Memo {
    private volatile Object[] pairs = new Object[0];

    public <T> T get(Class<T> type, Supplier<T> compute) {
        Object value = find(type);
        if (value == null) {
            value = compute.get();
            keep(type, value);
        }
        return type.cast(value);
    }

    /** The value of that class, if it was computed. */
    public <T> Optional<T> known(Class<T> type) {
        return Optional.ofNullable(type.cast(find(type)));
    }

    private Object find(Class<?> type) {
        Object[] known = pairs;
        for (int i = 0; i < known.length; i += 2) {
            if (known[i] == type) {
                return known[i + 1];
            }
        }
        return null;
    }

    private void keep(Class<?> type, Object value) {
        synchronized (this) {
            Object[] now = pairs;
            Object[] more = Arrays.copyOf(now, now.length + 2);
            more[now.length] = type;
            more[now.length + 1] = value;
            pairs = more;
        }
    }
}
