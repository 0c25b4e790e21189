"""The heap freeze after an index build: the index leaves the collector's sight, and nothing frozen that
dies in a reference cycle outlives the next build."""
import gc
import weakref

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.matching.services import matches_for


class Node:
    pass


@pytest.fixture
def freezing(app):
    app.config["MATCHING_GC_FREEZE"] = True
    app.extensions.pop("matching_postings", None)
    yield app
    app.config["MATCHING_GC_FREEZE"] = False
    gc.unfreeze()


def test_a_build_freezes_the_heap_and_the_next_build_frees_what_died_in_cycles(freezing, deal_flow):
    gc.unfreeze()
    node = Node()
    node.me = node  # a cycle: only the collector frees it
    alive = weakref.ref(node)
    freezing.config["MATCHING_INDEX_SECONDS"] = 3600
    assert matches_for(SYSTEM, deal_flow["fitting"])  # builds the index, then freezes
    assert gc.get_freeze_count() > 0
    del node
    gc.collect()
    assert alive() is not None  # frozen: a collection does not see it
    freezing.config["MATCHING_INDEX_SECONDS"] = 0  # the next request rebuilds
    matches_for(SYSTEM, deal_flow["fitting"])
    assert alive() is None  # unfrozen before the build, collected after it


def test_without_the_setting_nothing_is_frozen(app, deal_flow):
    gc.unfreeze()
    app.extensions.pop("matching_postings", None)
    assert matches_for(SYSTEM, deal_flow["fitting"])
    assert gc.get_freeze_count() == 0
