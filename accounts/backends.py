"""Signing in with a username and password, loading each person's preferences with them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class PreferencesModelBackend(ModelBackend):
    """Django's model backend, whose user arrives with their preferences in the same query.

    Every page reads the preferences (the theme on ``<html>``), so fetching them with the
    user keeps them out of each page's query budget; the data version (``core.pagecache``)
    comes the same way, read before the page reads anything else.
    """

    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("preferences", "data_version")
        try:
            user = users.get(pk=user_id)
        except users.model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
