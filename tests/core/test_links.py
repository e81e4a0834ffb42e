"""``id_links``: one reversal for a page's many links, the same paths as ``reverse``."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from core.links import id_links


@pytest.mark.parametrize("name", ["tracker:application-detail", "tracker:application-move"])
@pytest.mark.parametrize("pk", [1, 7, 42, 987_654_321_012, 10**15])
def test_id_links_give_the_reversed_path(name, pk):
    assert id_links(name)(pk) == reverse(name, args=[pk])


def test_id_links_follow_the_script_prefix():
    set_script_prefix("/rebound/")
    try:
        assert id_links("tracker:application-detail")(3) == "/rebound/applications/3/"
    finally:
        set_script_prefix("/")


def test_id_links_refuse_a_url_without_an_id():
    with pytest.raises(NoReverseMatch):
        id_links("tracker:board")
