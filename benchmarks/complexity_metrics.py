"""Routing metrics for the complexity score (as in the RouteLLM paper).

- ROC AUC with ties counted half (Mann-Whitney U).
- The routing curve: send the top-k queries by score to the cloud; for each k,
  the share of all queries sent (cost) and the share of "hard" queries sent.
- The cost saving at a recall target: ``1 - share sent`` at the smallest k
  that reaches the target share of hard queries.
- RouteLLM's quality view: accuracy when the sent queries get the strong
  model's answer and the rest the weak model's, and the smallest share sent
  that reaches a given fraction of the strong model's accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence


def roc_auc(scores: Sequence[float], positives: Sequence[bool]) -> float:
    """Probability that a random positive scores above a random negative."""
    pairs = sorted(zip(scores, positives, strict=True), key=lambda p: p[0])
    n_pos = sum(1 for _, p in pairs if p)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("AUC needs both positives and negatives")
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        mid_rank = (i + j) / 2.0 + 1.0  # average 1-based rank of the tie group
        rank_sum += mid_rank * sum(1 for k in range(i, j + 1) if pairs[k][1])
        i = j + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)


def order_by_score(scores: Sequence[float]) -> list[int]:
    """Indices from highest to lowest score (stable, so ties keep data order)."""
    return sorted(range(len(scores)), key=lambda i: -scores[i])


def routing_curve(scores: Sequence[float], hard: Sequence[bool]) -> list[tuple[float, float]]:
    """``(share of all sent, share of hard sent)`` after each query sent, from (0, 0)."""
    total_hard = sum(hard)
    if total_hard == 0:
        raise ValueError("the routing curve needs at least one hard query")
    curve = [(0.0, 0.0)]
    caught = 0
    n = len(scores)
    for k, i in enumerate(order_by_score(scores), start=1):
        caught += hard[i]
        curve.append((k / n, caught / total_hard))
    return curve


def share_sent_at_recall(curve: Sequence[tuple[float, float]], recall: float) -> float:
    """The smallest share of queries sent that reaches ``recall`` of the hard ones."""
    for sent, caught in curve:
        if caught >= recall - 1e-12:
            return sent
    return 1.0


def threshold_at_recall(scores: Sequence[float], hard: Sequence[bool], recall: float) -> float:
    """The score threshold (send if score >= it) that reaches ``recall`` of the hard ones."""
    total_hard = sum(hard)
    caught = 0
    for i in order_by_score(scores):
        caught += hard[i]
        if caught >= recall * total_hard - 1e-9:
            return scores[i]
    return min(scores)


def share_sent_at_quality(
    scores: Sequence[float],
    weak_correct: Sequence[bool],
    strong_correct: Sequence[bool],
    quality: float,
) -> float:
    """RouteLLM's view: smallest share sent reaching ``quality`` x the strong accuracy."""
    n = len(scores)
    target = quality * sum(strong_correct) / n
    correct = sum(weak_correct)
    if correct / n >= target:
        return 0.0
    for k, i in enumerate(order_by_score(scores), start=1):
        correct += int(strong_correct[i]) - int(weak_correct[i])
        if correct / n >= target - 1e-12:
            return k / n
    return 1.0


def random_share_at_quality(
    weak_correct: Sequence[bool], strong_correct: Sequence[bool], quality: float
) -> float:
    """The share a random router must send, in expectation, to reach ``quality``."""
    n = len(weak_correct)
    weak = sum(weak_correct) / n
    strong = sum(strong_correct) / n
    target = quality * strong
    if weak >= target:
        return 0.0
    return min(1.0, (target - weak) / (strong - weak))
