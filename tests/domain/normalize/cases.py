"""Helpers shared by the normalizer's tests: a quantity case and its check."""

from __future__ import annotations

import pytest

from dashboard.domain.normalize import Quantity, parse_quantity

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def quantity(text, value, unit, approximate=False):
    """A test case: the text and the Quantity it must give."""
    return pytest.param(text, Quantity(float(value), unit, approximate), id=text)


def check_quantity(text: str, expected: Quantity, **kwargs) -> None:
    got = parse_quantity(text, **kwargs)
    assert (got.unit, got.approximate) == (expected.unit, expected.approximate)
    assert got.value == pytest.approx(expected.value, rel=1e-12, abs=1e-15)

