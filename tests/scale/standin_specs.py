"""Stand-in pipelines for the worker-process tests: no models, controlled cost and result size.
A module of its own so that spawned workers can import the specs by name."""
from __future__ import annotations

import time
from dataclasses import dataclass

from khronika.scale.work import PipelineSpec


class _BigFailure:
    names = ("stand-in",)

    def __call__(self, article):
        # A 300 kB reason: a few results fill the pipe to the parent.
        raise ValueError("x" * 300_000)


class _Slow:
    names = ("stand-in",)

    def __call__(self, article):
        time.sleep(2)
        raise ValueError("stand-in pipeline: no Doc")


@dataclass(frozen=True)
class BigResultSpec(PipelineSpec):
    def build(self):
        return _BigFailure()


@dataclass(frozen=True)
class SlowSpec(PipelineSpec):
    def build(self):
        return _Slow()
