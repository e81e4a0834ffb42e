import pytest

from tests.factories import UserFactory


@pytest.fixture
def newcomer_client(client):
    """A signed-in user with an empty account, the one an export is imported into."""
    newcomer = UserFactory(username="newcomer")
    client.force_login(newcomer)
    client.user = newcomer
    return client
