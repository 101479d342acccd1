from collections import Counter

from dunning_core.batches import even_batches, merge_stats, new_batch_stats


def test_even_batches_are_a_multiple_of_the_workers_and_of_equal_sizes():
    ids = list(range(5003))
    batches = even_batches(ids, 1000, 2)
    assert [len(batch) for batch in batches] == [834] * 5 + [833]
    assert [i for batch in batches for i in batch] == ids


def test_even_batches_never_exceed_the_batch_size():
    for total in (1, 2, 999, 1000, 1001, 2001, 4000, 4001):
        for workers in (1, 2, 3):
            batches = even_batches(list(range(total)), 1000, workers)
            assert max(len(batch) for batch in batches) <= 1000
            assert sum(len(batch) for batch in batches) == total
            if total >= workers:
                assert len(batches) % workers == 0


def test_even_batches_of_nothing():
    assert even_batches([], 1000, 2) == []


def test_merge_stats_adds_counts_and_joins_lists():
    stats = new_batch_stats()
    merge_stats(
        stats, Counter(customers=3, letters=2, lines=5, skip_frequency=1, failure_list=[(7, "x")])
    )
    merge_stats(stats, Counter(customers=2, letters=1, lines=1, failed=1, failure_list=[(9, "y")]))
    assert (stats["customers"], stats["letters"], stats["lines"], stats["failed"]) == (5, 3, 6, 1)
    assert stats["skip_frequency"] == 1
    assert stats["failure_list"] == [(7, "x"), (9, "y")]
    assert stats["decisions"] == {}


def test_merge_stats_joins_decisions():
    stats = new_batch_stats()
    merge_stats(stats, {"decisions": {1: "a"}, "customers": 1})
    merge_stats(stats, {"decisions": {2: "b"}, "customers": 1})
    assert stats["decisions"] == {1: "a", 2: "b"}
    assert stats["customers"] == 2
