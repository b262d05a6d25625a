"""The hypothesis settings of the fuzz tests: modest in CI, many more examples by hand.

CI runs each fuzz test with :data:`CI_EXAMPLES` examples. The ``fuzz`` profile (registered in
``tests/conftest.py``) is for a long run by hand::

    pytest --hypothesis-profile=fuzz tests/unit/test_fuzz_import.py --hypothesis-show-statistics
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

CI_EXAMPLES = 200
FUZZ_EXAMPLES = 1_000
FUZZ_PROFILE = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
)


def fuzzing(ci_examples: int = CI_EXAMPLES) -> settings:
    """The settings of one fuzz test: the loaded profile's, with no deadline (a store writes
    to disk), and ``ci_examples`` examples unless the ``fuzz`` profile is loaded."""
    loaded = settings()
    return settings(
        loaded,
        max_examples=max(loaded.max_examples, FUZZ_EXAMPLES)
        if loaded.max_examples >= FUZZ_EXAMPLES
        else ci_examples,
        deadline=None,
        suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
    )
