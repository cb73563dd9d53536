from __future__ import annotations

import numpy as np

from summarize.stages.represent import term_counts, tfidf


def sentences(*texts: str) -> list[str]:
    return list(texts)


def test_terms_drop_stop_words_and_stem(english):
    counts = term_counts(sentences("The floods were flooding the towns.", "A town."), english)
    # "floods" and "flooding" are one term, "towns" and "town" another; "the", "were", "a" none
    assert counts.toarray().tolist() == [[2.0, 1.0], [0.0, 1.0]]


def test_counts_have_a_row_per_sentence_and_a_column_per_term(english):
    counts = term_counts(sentences("Rain, rain and more rain.", "Sun.", "The"), english)
    assert counts.shape == (3, 2)
    assert counts.toarray().tolist() == [[3.0, 0.0], [0.0, 1.0], [0.0, 0.0]]


def test_tfidf_rows_have_unit_length_or_are_zero(english):
    vectors = tfidf(term_counts(sentences("Rain fell on roads.", "Roads shut.", "And so"), english))
    norms = np.sqrt(vectors.multiply(vectors).sum(axis=1)).A.ravel()
    assert np.allclose(norms, [1.0, 1.0, 0.0])


def test_rarer_terms_weigh_more(english):
    vectors = tfidf(term_counts(sentences("Storm hit ports.", "Storm hit.", "Storm"), english))
    row = vectors.getrow(0).toarray().ravel()
    storm, hit, port = row[0], row[1], row[2]
    assert port > hit > storm > 0
