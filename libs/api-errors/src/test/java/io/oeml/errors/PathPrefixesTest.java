package io.oeml.errors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PathPrefixesTest {

    private record Route(List<String> prefixes, long limit) {
    }

    private final PathPrefixes<Long> limits =
            new PathPrefixes<>(Map.of("/api/uploads", 100L, "/api/uploads/small/", 5L), 10L);

    @Test
    void aPathUnderNoPrefixHasTheDefault() {
        assertThat(limits.forPath("/api/jobs"), equalTo(10L));
    }

    @Test
    void aPrefixCoversItselfAndThePathsBelowIt() {
        assertThat(limits.forPath("/api/uploads"), equalTo(100L));
        assertThat(limits.forPath("/api/uploads/a"), equalTo(100L));
    }

    @Test
    void aPrefixDoesNotCoverAPathThatMerelyStartsWithIt() {
        assertThat(limits.forPath("/api/uploads-other"), equalTo(10L));
    }

    @Test
    void theLongestPrefixWinsAndATrailingSlashIsIgnored() {
        assertThat(limits.forPath("/api/uploads/small/x"), equalTo(5L));
    }

    @Test
    void aPrefixTwoRoutesNameGetsTheSmallerValue() {
        PathPrefixes<Long> merged = PathPrefixes.of(List.of(new Route(List.of("/a"), 7), new Route(List.of("/a"), 3)),
                Route::prefixes, Route::limit, 10L);

        assertThat(merged.forPath("/a/b"), equalTo(3L));
    }
}
