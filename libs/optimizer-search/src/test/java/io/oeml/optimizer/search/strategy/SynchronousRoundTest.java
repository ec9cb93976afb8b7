package io.oeml.optimizer.search.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.space.Assignment;

class SynchronousRoundTest {

    private static final Assignment A = Assignment.builder().put("mode", "a").build();
    private static final Assignment B = Assignment.builder().put("mode", "b").build();

    @Test
    void twoMembersWithTheSameAssignmentAreAskedAndToldTwice() {
        SynchronousRound round = new SynchronousRound(List.of(A, B, A), 3);

        round.record(new CompletedTrial(new Trial(4, A, 3), Observation.of(2)));
        assertThat(round.nextOpen(List.of())).contains(B);
        assertThat(round.nextOpen(List.of(new Trial(5, B, 3)))).contains(A);
        round.record(new CompletedTrial(new Trial(5, B, 3), Observation.of(1)));
        round.record(new CompletedTrial(new Trial(6, A, 3), Observation.of(3)));

        assertThat(round.complete()).isTrue();
        assertThat(round.observations()).containsExactly(Observation.of(2), Observation.of(1), Observation.of(3));
    }

    @Test
    void observationsFollowTrialNumbersNotTheOrderOfTelling() {
        SynchronousRound round = new SynchronousRound(List.of(A, A), 0);

        round.record(new CompletedTrial(new Trial(8, A, 0), Observation.of(8)));
        round.record(new CompletedTrial(new Trial(7, A, 0), Observation.of(7)));

        assertThat(round.observations()).containsExactly(Observation.of(7), Observation.of(8));
    }

    @Test
    void aTrialThatIsNoOpenMemberIsRefused() {
        SynchronousRound round = new SynchronousRound(List.of(A), 1);
        round.record(new CompletedTrial(new Trial(0, A, 1), Observation.of(1)));

        assertThatThrownBy(() -> round.record(new CompletedTrial(new Trial(1, A, 1), Observation.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no open member");
        assertThatThrownBy(() -> new SynchronousRound(List.of(A), 1)
                .record(new CompletedTrial(new Trial(0, A, 9), Observation.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
