import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # allauth counts mails and sign-ups per address in the cache; each test starts at zero.
    cache.clear()
    yield
    cache.clear()
