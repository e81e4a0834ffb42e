from django.conf import settings
from django.contrib.auth import get_user_model


def signup_allowed() -> bool:
    """Sign-up is open by setting, and always for the first account (the administrator)."""
    return settings.SIGNUP_OPEN or not get_user_model().objects.exists()
