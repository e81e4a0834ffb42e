"""Passwords: at least 12 characters, not a common one, not like the username or e-mail,
not all digits — on sign-up, password change and reset alike."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.factories import UserFactory

PASSWORD = "correct horse battery"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("elevenchars", "This password is too short. It must contain at least 12 characters."),
        ("password1234", "This password is too common."),
        ("qwertyqwerty", "This password is too common."),
        ("381920475619", "This password is entirely numeric."),
        ("margaret.hamilton", "The password is too similar to the username."),
        ("ada.lovelace@example.org", "The password is too similar to the email address."),
    ],
)
def test_weak_passwords_are_refused_with_a_clear_reason(db, password, message):
    user = UserFactory.build(username="margaret.hamilton", email="ada.lovelace@example.org")

    with pytest.raises(ValidationError) as refused:
        validate_password(password, user)

    assert message in refused.value.messages


@pytest.mark.parametrize("password", ["twelve chars", "sturdy-lantern-orbit-917"])
def test_long_uncommon_passwords_are_accepted(db, password):
    validate_password(password, UserFactory.build(username="margaret", email="m@example.org"))


def test_password_change_applies_the_same_rules(owner_client, owner):
    response = owner_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "owner", "password2": "owner"},
    )

    assert response.status_code == 200
    assert "too short" in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)
