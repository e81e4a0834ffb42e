"""Nothing leaks between users: every URL pattern, requested as a stranger, anonymously, and
as the owner's coach (who sees the shared subset on the coach's pages, and nothing else).

Generated from the URL configuration (see ``routes.py``): a pattern that is neither public
nor in the registry fails ``test_every_url_pattern_is_public_or_in_the_registry``.
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.rendering import queries_while_rendering
from tests.security.conftest import SHARED_WORLD
from tests.security.http import body, url_for
from tests.security.routes import ROUTES, coach_routes, stale, uncovered
from tests.security.world import counts, cross_owner_links, snapshot_all, snapshot_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_WORLD)]

OBJECT_ROUTES = sorted(key for key, route in ROUTES.items() if route.names_an_object)
OTHER_ROUTES = sorted(key for key, route in ROUTES.items() if not route.names_an_object)
COACH_ROUTES = coach_routes()
#: The owner's own pages with an object: the coach must get what a stranger gets.
OWNER_OBJECT_ROUTES = sorted(set(OBJECT_ROUTES) - set(COACH_ROUTES))


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
    _gets_404_and_changes_nothing(stranger_client, key, world)


def _gets_404_and_changes_nothing(client, key: str, world) -> None:
    """GET and POST of the owner's URL both answer 404 (or 405), and no row changes."""
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    before, before_counts = snapshot_all(), counts()

    got = client.get(url)
    posted = client.post(url, payload)

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
def test_the_owner_reaches_every_registered_url(key, world, owner_client, coach_client):
    """The checks above prove something only if the same URL works for its owner (for a
    coach's page: for the owner's coach). And the page reads its rows in its view: no
    query runs while its template renders, but in the higher apps' panel tags
    (``tests/rendering.py``)."""
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    client = coach_client if ROUTES[key].viewer == "coach" else owner_client

    with queries_while_rendering() as rendering:
        got = client.get(url)
    posted = client.post(url, payload)

    assert got.status_code in (200, 405), f"GET {url}: {got.status_code}"
    assert rendering.elsewhere == [], f"GET {url}: queries while its template renders"
    if ROUTES[key].names_an_object and ROUTES[key].viewer == "owner":
        assert posted.status_code not in (403, 404, 500), f"POST {url}: {posted.status_code}"


# --- The fourth identity: the owner's coach ---------------------------------------------


@pytest.mark.parametrize("key", OWNER_OBJECT_ROUTES)
def test_a_coach_gets_404_for_the_owners_own_pages_and_changes_nothing(key, world, coach_client):
    _gets_404_and_changes_nothing(coach_client, key, world)


@pytest.mark.parametrize("key", OTHER_ROUTES)
def test_a_coachs_own_pages_show_none_of_the_owners_data(key, world, coach_client):
    url = url_for(key, world)
    payload = ROUTES[key].payload(world)
    before = snapshot_of(world.owner)

    got = coach_client.get(url)
    posted = coach_client.post(url, payload)

    assert got.status_code in (200, 302, 400, 404, 405), f"GET {url}: {got.status_code}"
    assert not world.leaks(body(got)), f"GET {url} shows the owner's data"
    assert not world.leaks(body(posted)), f"POST {url} shows the owner's data"
    assert snapshot_of(world.owner) == before
    assert not cross_owner_links()


@pytest.mark.parametrize("key", COACH_ROUTES)
def test_a_coach_sees_no_private_text_and_can_change_nothing(key, world, coach_client):
    """Every coach page, rendered over a world full of private text, shows none of it;
    a POST (any payload) is refused and changes nothing, not even the view log."""
    url = url_for(key, world)

    got = coach_client.get(url)

    assert got.status_code == 200, f"GET {url}: {got.status_code}"
    assert not world.private_leaks(body(got)), f"GET {url} shows {world.private_leaks(body(got))}"
    before, before_counts = snapshot_all(), counts()
    for payload in ({}, {"status": "offer", "shared": "1", "note": "changed"}):
        posted = coach_client.post(url, payload)
        assert posted.status_code in (403, 404, 405), f"POST {url}: {posted.status_code}"
    for method in (coach_client.put, coach_client.patch, coach_client.delete):
        assert method(url).status_code in (403, 404, 405)
    assert counts() == before_counts
    assert snapshot_all() == before


@pytest.mark.parametrize("key", COACH_ROUTES)
def test_a_coach_of_someone_else_gets_404(key, world, stranger, stranger_client):
    """The stranger coaches somebody, just not the owner."""
    from coach.models import Coaching
    from tests.factories import UserFactory

    Coaching.objects.create(person=UserFactory(), coach=stranger)
    url = url_for(key, world)

    assert stranger_client.get(url).status_code == 404


@pytest.mark.parametrize("key", COACH_ROUTES)
def test_a_coachs_pages_are_404_the_moment_the_owner_revokes(key, world, coach_client):
    from coach import services
    from coach.models import Coaching

    url = url_for(key, world)
    assert coach_client.get(url).status_code == 200
    coaching = Coaching.objects.get(person=world.owner, coach=world.coach)

    services.revoke(person=world.owner, coaching_id=coaching.pk)

    assert coach_client.get(url).status_code == 404
