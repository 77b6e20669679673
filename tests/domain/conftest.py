"""Fixtures the domain tests share."""

import pytest

from dashboard.data.intake_seed import shipped_dataset


@pytest.fixture(scope="session")
def sites():
    """The shipped seeds' sites, as the intake matches articles against them (built once per process)."""
    return shipped_dataset().sites
