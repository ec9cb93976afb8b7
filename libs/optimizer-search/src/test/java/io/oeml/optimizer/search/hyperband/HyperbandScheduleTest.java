package io.oeml.optimizer.search.hyperband;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.oeml.optimizer.search.hyperband.HyperbandSchedule.Rung;

/** The numbers of optimizer.md §1.6 (Li et al.'s formulas, budget in prompts). */
class HyperbandScheduleTest {

    @Test
    void r27Eta3HasTheFourBracketsOfTheReference() {
        HyperbandSchedule schedule = HyperbandSchedule.of(27, 3, 1);

        assertThat(schedule.brackets()).extracting(HyperbandSchedule.Bracket::rungs).containsExactly(
                List.of(new Rung(27, 1), new Rung(9, 3), new Rung(3, 9), new Rung(1, 27)),
                List.of(new Rung(12, 3), new Rung(4, 9), new Rung(1, 27)),
                List.of(new Rung(6, 9), new Rung(2, 27)),
                List.of(new Rung(4, 27)));
    }

    @Test
    void r27Eta3Costs49Configurations423PromptsAnd357WithReuse() {
        HyperbandSchedule schedule = HyperbandSchedule.of(27, 3, 1);

        assertThat(schedule.configurations()).isEqualTo(49);
        assertThat(schedule.promptEvaluations()).isEqualTo(423);
        assertThat(schedule.promptEvaluationsWithReuse()).isEqualTo(357);
    }

    @Test
    void theReferencesOtherSchedulesMatchToo() {
        HyperbandSchedule r81 = HyperbandSchedule.of(81, 3, 1);
        HyperbandSchedule r64 = HyperbandSchedule.of(64, 2, 1);

        assertThat(List.of(r81.brackets().size(), r81.configurations())).containsExactly(5, 143);
        assertThat(List.of(r81.promptEvaluations(), r81.promptEvaluationsWithReuse())).containsExactly(1902L, 1581L);
        assertThat(List.of(r64.brackets().size(), r64.configurations())).containsExactly(7, 163);
        assertThat(List.of(r64.promptEvaluations(), r64.promptEvaluationsWithReuse())).containsExactly(2948L, 2062L);
    }

    @Test
    void aBracketThatFitsThePromptsLeftIsKeptAsItIs() {
        HyperbandSchedule schedule = HyperbandSchedule.of(27, 3, 1);
        HyperbandSchedule.Bracket widest = schedule.brackets().get(0);

        assertThat(schedule.within(widest, 81)).contains(widest);
    }

    @Test
    void aBracketThatDoesNotFitStartsTheMostConfigurationsThatDo() {
        HyperbandSchedule schedule = HyperbandSchedule.of(27, 3, 1);

        assertThat(schedule.within(schedule.brackets().get(3), 69)).get()
                .extracting(HyperbandSchedule.Bracket::rungs).isEqualTo(List.of(new Rung(2, 27)));
        assertThat(schedule.within(schedule.brackets().get(1), 69)).get()
                .extracting(HyperbandSchedule.Bracket::rungs)
                .isEqualTo(List.of(new Rung(11, 3), new Rung(3, 9), new Rung(1, 27)));
    }

    @Test
    void aBracketNarrowerThanOneConfigurationAtTheTopRungDoesNotFit() {
        HyperbandSchedule schedule = HyperbandSchedule.of(27, 3, 1);

        assertThat(schedule.within(schedule.brackets().get(0), 80)).isEmpty();
    }

    @Test
    void etaBelowTwoOrAMinimumAboveTheMaximumIsRefused() {
        assertThatThrownBy(() -> HyperbandSchedule.of(27, 1, 1)).hasMessageContaining("eta");
        assertThatThrownBy(() -> HyperbandSchedule.of(3, 3, 9)).hasMessageContaining("min_budget");
    }
}
