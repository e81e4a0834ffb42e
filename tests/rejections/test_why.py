"""The "why these steps" page, and the words used around plans and private writing."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from rejections import writing
from tests.factories import RejectionFactory

pytestmark = pytest.mark.django_db

URL = reverse("rejections:why")
#: Copy that makes a clinical claim has no place here (the site is a job-search tool).
CLINICAL = re.compile(
    r"\b(therap\w*|diagnos\w*|treatment|cures?|heals?|symptoms?|disorder)\b", re.IGNORECASE
)
COPY = [
    "rejections/why.html",
    "rejections/plan_form.html",
    "rejections/includes/setback_plan.html",
    "rejections/writing/home.html",
    "rejections/writing/session.html",
]


def test_signed_in_users_read_the_steps_and_the_references(owner_client):
    page = owner_client.get(URL).content.decode()
    for reference in (
        "Spera, S. P., Buhrfeind, E. D., &amp; Pennebaker, J. W. (1994)",
        "10.3389/fpsyg.2020.01371",
        "Vinokur, A. D., &amp; Schul, Y. (1997)",
        "<em>Journal of Vocational Behavior</em>, 66",
        "Liu, S., Huang, J. L., &amp; Wang, M. (2014)",
        "Wanberg, C. R., Zhu, J., &amp; van Hooft, E. A. J. (2010)",
    ):
        assert reference in page
    for anchor in ("steps", "plan", "writing", "compassion", "goals", "doors", "calm", "coach"):
        assert f'id="{anchor}"' in page
    assert 'id="references"' in page
    # Each feature it explains is one click away.
    for name in ("pace:goals", "pace:support", "coach:sharing", "profile"):
        assert f'href="{reverse(name)}"' in page


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_workspace_links_to_it(owner, owner_client):
    rejection = RejectionFactory(application__owner=owner)
    assert f'href="{URL}"' in owner_client.get(rejection.get_absolute_url()).content.decode()


def test_no_clinical_claims_in_the_copy():
    texts = [(Path(settings.BASE_DIR) / "templates" / name).read_text() for name in COPY]
    texts += [*writing.EXPRESSIVE_PROMPTS, writing.COMPASSION_PROMPT]
    for text in texts:
        assert not CLINICAL.search(text), CLINICAL.search(text).group(0)


def test_the_writing_pages_count_no_words():
    for name in ("rejections/writing/home.html", "rejections/writing/session.html"):
        text = (Path(settings.BASE_DIR) / "templates" / name).read_text().lower()
        assert "wordcount" not in text and "words written" not in text
    script = (Path(settings.BASE_DIR) / "static" / "js" / "writing-timer.js").read_text()
    assert "split(" not in script and "textarea" not in script
