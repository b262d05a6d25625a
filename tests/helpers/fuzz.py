"""The hypothesis settings of the fuzz tests: modest in CI, many more examples by hand.

CI runs each fuzz test with :data:`CI_EXAMPLES` examples. The ``fuzz`` profile (registered in
``tests/conftest.py``) is for a long run by hand::

    pytest --hypothesis-profile=fuzz tests/unit/test_fuzz_import.py --hypothesis-show-statistics
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

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


@dataclass(frozen=True)
class Damage:
    """A file damaged at one place: cut off there, one byte flipped, or ``payload`` put in."""

    at: float  # where, as a share of the file's length
    kind: str
    payload: bytes

    def apply(self, data: bytes) -> bytes:
        i = int(self.at * len(data))
        if self.kind == "cut":
            return data[:i]
        if self.kind == "flip" and i < len(data):
            return data[:i] + bytes([data[i] ^ (self.payload[0] or 1)]) + data[i + 1 :]
        return data[:i] + self.payload + data[i:]


def damages(telling: tuple[bytes, ...]) -> st.SearchStrategy[Damage]:
    """Damage anywhere, with random bytes or one of the ``telling`` ones for the file's kind."""
    return st.builds(
        Damage,
        st.floats(0, 1),
        st.sampled_from(("cut", "flip", "insert")),
        st.binary(min_size=1, max_size=8) | st.sampled_from(telling),
    )
