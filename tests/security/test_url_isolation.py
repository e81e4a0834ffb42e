"""Nothing leaks between users: every URL pattern, requested as a stranger and anonymously.

Generated from the URL configuration (see ``routes.py``): a pattern that is neither public
nor in the registry fails ``test_every_url_pattern_is_public_or_in_the_registry``.
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.security.http import body, url_for
from tests.security.routes import ROUTES, stale, uncovered
from tests.security.world import counts, cross_owner_links, snapshot_all, snapshot_of

pytestmark = pytest.mark.django_db

OBJECT_ROUTES = sorted(key for key, route in ROUTES.items() if route.names_an_object)
OTHER_ROUTES = sorted(key for key, route in ROUTES.items() if not route.names_an_object)


def test_every_url_pattern_is_public_or_in_the_registry():
    missing = uncovered()

    assert not missing, (
        f"URL patterns without isolation tests: {', '.join(missing)}. Add each to ROUTES "
        "(or, if it is public by design, to PUBLIC) in the registry in "
        "tests/security/routes.py."
    )


def test_the_registry_names_only_existing_url_patterns():
    assert not stale(), f"Remove these from ROUTES in tests/security/routes.py: {stale()}"


@pytest.mark.parametrize("key", OBJECT_ROUTES)
def test_a_stranger_gets_404_for_the_owners_objects_and_changes_nothing(
    key, world, stranger_client
):
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    before, before_counts = snapshot_all(), counts()

    got = stranger_client.get(url)
    posted = stranger_client.post(url, payload)

    assert got.status_code in (404, 405), f"GET {url}: {got.status_code}"
    assert posted.status_code in (404, 405), f"POST {url}: {posted.status_code}"
    assert counts() == before_counts
    assert snapshot_all() == before


@pytest.mark.parametrize("key", OTHER_ROUTES)
def test_a_strangers_own_pages_show_none_of_the_owners_data(key, world, stranger_client):
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    before = snapshot_of(world.owner)

    got = stranger_client.get(url)
    got_text = body(got)
    posted = stranger_client.post(url, payload)
    posted_text = body(posted)

    assert got.status_code in (200, 302, 400, 404, 405), f"GET {url}: {got.status_code}"
    assert posted.status_code in (200, 302, 400, 404, 405), f"POST {url}: {posted.status_code}"
    assert not world.leaks(got_text), f"GET {url} shows the owner's data"
    assert not world.leaks(posted_text), f"POST {url} shows the owner's data"
    assert snapshot_of(world.owner) == before
    # A forged id in the payload (the owner's contact, application, rejection) must not
    # have linked the stranger's new rows to the owner's.
    assert not cross_owner_links()


@pytest.mark.parametrize("key", sorted(ROUTES))
def test_anonymous_visitors_are_sent_to_sign_in_and_change_nothing(key, world, client):
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    before = snapshot_all()

    for response in (client.get(url), client.post(url, payload)):
        if response.status_code == 405:  # a POST-only view may refuse GET first
            continue
        assert response.status_code == 302, f"{url}: {response.status_code}"
        location = urlsplit(response["Location"])
        assert location.path == "/accounts/login/"
        assert parse_qs(location.query)["next"] == [url]
    assert snapshot_all() == before


@pytest.mark.parametrize("key", sorted(ROUTES))
def test_the_owner_reaches_every_registered_url(key, world, owner_client):
    """The checks above prove something only if the same URL works for its owner."""
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)

    got = owner_client.get(url)
    posted = owner_client.post(url, payload)

    assert got.status_code in (200, 405), f"GET {url}: {got.status_code}"
    if ROUTES[key].names_an_object:
        assert posted.status_code not in (403, 404, 500), f"POST {url}: {posted.status_code}"
