# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The batches of a dunning run: how customers are cut into batches and how the counters of
batches run apart add up (models/account_dunning_engine_parallel.py)."""

from collections import Counter


def merge_stats(stats, part):
    """Add the counters ``part`` of one batch to the run's ``stats`` (in place).

    Counts add up; ``decisions`` (dry runs only) and ``failure_list`` are joined.
    """
    for key, value in part.items():
        if key == "decisions":
            stats.setdefault("decisions", {}).update(value)
        elif key == "failure_list":
            stats.setdefault("failure_list", []).extend(value)
        else:
            stats[key] = stats.get(key, 0) + value
    return stats


def even_batches(ids, batch_size, workers):
    """``ids`` in batches of at most ``batch_size``, as many as a multiple of ``workers`` and of
    equal sizes: the workers finish together (5 batches of 1,000 on two workers would leave one
    running alone for the last one)."""
    count = -(-len(ids) // batch_size)
    count = -(-count // workers) * workers
    size = max(1, -(-len(ids) // count)) if count else batch_size
    return [ids[index : index + size] for index in range(0, len(ids), size)]


def new_batch_stats():
    stats = Counter(customers=0, letters=0, lines=0)
    stats["decisions"] = {}
    return stats
