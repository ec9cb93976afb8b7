package io.oeml.errors;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A setting that differs by route: the value of the longest path prefix a path is under ({@code /a/b} covers
 * {@code /a/b} and {@code /a/b/c}, not {@code /a/bc}), else a default.
 */
public final class PathPrefixes<T> {

    private record Entry<T>(String prefix, T value) {
        boolean covers(String path) {
            return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
        }
    }

    private final List<Entry<T>> longestFirst;
    private final T fallback;

    /** @param values path prefix to value; a trailing slash of a prefix is ignored */
    public PathPrefixes(Map<String, T> values, T fallback) {
        this.longestFirst = values.entrySet().stream()
                .map(e -> new Entry<>(withoutTrailingSlash(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt((Entry<T> e) -> e.prefix().length()).reversed())
                .toList();
        this.fallback = fallback;
    }

    /**
     * From configured routes, each with its path prefixes and its value; a prefix two routes name gets the smaller
     * value, the stricter limit.
     */
    public static <R, T extends Comparable<T>> PathPrefixes<T> of(Collection<R> routes,
            Function<R, List<String>> prefixes, Function<R, T> value, T fallback) {
        Map<String, T> byPrefix = new HashMap<>();
        for (R route : routes) {
            for (String prefix : prefixes.apply(route)) {
                byPrefix.merge(prefix, value.apply(route), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return new PathPrefixes<>(byPrefix, fallback);
    }

    public T forPath(String path) {
        for (Entry<T> entry : longestFirst) {
            if (entry.covers(path)) {
                return entry.value();
            }
        }
        return fallback;
    }

    private static String withoutTrailingSlash(String prefix) {
        return prefix.length() > 1 && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
