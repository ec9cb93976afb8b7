"""The protocol's statistics on small known inputs."""
import pytest

from optbench import stats


def test_holm_multiplies_the_kth_smallest_p_by_m_minus_k_and_keeps_the_order_monotone():
    assert stats.holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])


def test_holm_caps_at_one():
    assert stats.holm([0.5, 0.9]) == [1.0, 1.0]


def test_p_less_counts_ties_as_half():
    assert stats.p_less([1, 2], [2, 3]) == pytest.approx((1 + 1 + 0.5 + 1) / 4)


def test_paired_test_of_identical_runs_is_not_significant():
    same = {seed: float(seed) for seed in range(10)}
    assert stats.two_sided_p(same, dict(same), paired=True) == (1.0, "wilcoxon")


def test_clearly_lower_regrets_are_significantly_better():
    low = {s: 0.1 * s for s in range(30)}
    high = {s: 10.0 + 0.1 * s for s in range(30)}
    [row] = stats.compare({("f", "a", 100): low, ("f", "b", 100): high}, [("f", 100)], "a",
                          lambda f, b: "b", set(), None)
    assert row.significantly_better and row.outcome == "beats"
