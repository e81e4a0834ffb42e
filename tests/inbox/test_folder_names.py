"""Folder names in other scripts: sent to the server in IMAP's modified UTF-7, accepted by
the settings form (the Dovecot tests open such a folder for real: test_imap.py)."""

import pytest

from inbox.imap import ImapError, _quote, folder_name_on_the_wire


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("INBOX", "INBOX"),
        ("Jobs/Applied", "Jobs/Applied"),
        ("Rückmeldungen", "R&APw-ckmeldungen"),
        ("Reçus", "Re&AOc-us"),
        ("Tom & Jerry", "Tom &- Jerry"),
        # RFC 3501, 5.1.3's own example.
        ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),
        ("Absagen 📨", "Absagen &2D3c6A-"),  # a surrogate pair
    ],
)
def test_a_folder_name_is_written_in_modified_utf7(name, wire):
    assert folder_name_on_the_wire(name) == wire


def test_a_folder_name_with_a_line_break_is_never_sent():
    with pytest.raises(ImapError):
        _quote("Jobs\r\nA1 DELETE INBOX")


def test_quotes_and_backslashes_are_escaped_inside_the_quoted_name():
    assert _quote('a"b\\c') == '"a\\"b\\\\c"'


@pytest.mark.django_db
def test_the_settings_form_takes_accented_folder_names_and_refuses_quotes(owner):
    from inbox.forms import ImapForm
    from inbox.models import InboxSettings

    data = {
        "host": "imap.example.com",
        "port": 993,
        "security": "tls",
        "username": "sam",
        "password": "app-password",
    }
    accented = ImapForm(
        {**data, "folders": "INBOX, Rückmeldungen, Reçus"}, instance=InboxSettings(owner=owner)
    )
    quoted = ImapForm({**data, "folders": 'INBOX, Jobs"'}, instance=InboxSettings(owner=owner))

    assert accented.is_valid(), accented.errors
    assert accented.cleaned_data["folders"] == "INBOX, Rückmeldungen, Reçus"
    assert not quoted.is_valid() and "quotes" in str(quoted.errors["folders"])
