"""Adversarial benchmark: pathological texts of 125 KB to 1 MB in, parse time per size out.

Each input is built to provoke catastrophic regex backtracking or quadratic loops in the text
parser: one token without spaces, thousands of ``1.`` lines, deeply nested parentheses, endless
footnote separators, a whole resolution on one huge line, dense footnote markers. Timing each at
doubling sizes shows whether the parse time grows in proportion to the size (the time ratio
between successive sizes stays near 2). Run it with ``python -m helpers.adversarial``; tests
never assert timings. Sizes after one that took longer than ``--budget`` seconds are skipped.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from helpers.errors import ParseError

__all__ = ["INPUTS", "SIZES", "Timing", "main", "make", "run"]

#: Input sizes in characters: 125 KB, 250 KB, 500 KB, 1 MB.
SIZES: tuple[int, ...] = (125_000, 250_000, 500_000, 1_000_000)

_HEAD = " General Assembly\n Agenda item 68\n Adversarial input\n The General Assembly,\n"
_CLAUSE = (
    " Recalling its resolution 70/1 of 25 September 2015 and the Declaration of the United"
    " Nations Conference on the Human Environment, held at Stockholm from 5 to 16 June 1972,¹\n"
)
_OP = " 1. Decides to remain seized of the matter.\n"


def _fill(unit: str, size: int) -> str:
    """Repeat ``unit`` to about ``size`` characters."""
    return unit * max(1, size // len(unit))


def _no_spaces(size: int) -> str:
    """One clause whose body is a single token: symbols, dates and digits glued together."""
    token = _fill("resolution70/1of25September2015A/RES/70/1(2015)¹,", size)
    return f"{_HEAD} Recalling{token}\n{_OP}"


def _numbered_lines(size: int) -> str:
    """Thousands of empty operative paragraphs: ``1.`` on its own line."""
    return _HEAD + _CLAUSE + _fill(" 1.\n", size)


def _nested_parentheses(size: int) -> str:
    """A clause with parentheses nested tens of thousands deep."""
    depth = size // 2
    return f"{_HEAD} Recalling {'(' * depth}resolution 70/1{')' * depth},\n{_OP}"


def _separators(size: int) -> str:
    """Endless footnote separators, each followed by a footnote-like line."""
    return _HEAD + _CLAUSE + _fill("__________________\n 1 Resolution 70/1.\n", size) + _OP


def _one_line(size: int) -> str:
    """A whole resolution with every line break removed, repeated: one huge line."""
    one = (_HEAD + _CLAUSE + _OP).replace("\n", " ")
    return _fill(one, size)


def _markers(size: int) -> str:
    """Dense footnote markers and digits: superscripts after every word, numbers everywhere."""
    return f"{_HEAD} Recalling {_fill('resolution² 70/1³ of 2015⁴ 12 345 ', size)},\n{_OP}"


#: The adversarial inputs by name.
INPUTS: dict[str, Callable[[int], str]] = {
    "no spaces": _no_spaces,
    "1. lines": _numbered_lines,
    "nested parentheses": _nested_parentheses,
    "footnote separators": _separators,
    "one huge line": _one_line,
    "dense markers": _markers,
}


def make(name: str, size: int) -> str:
    """Build the adversarial input ``name`` of about ``size`` characters.

    Args:
        name: a key of `INPUTS`.
        size: the target length in characters.

    Returns:
        The text.
    """
    return INPUTS[name](size)


@dataclass(frozen=True)
class Timing:
    """One parse of one adversarial input."""

    name: str
    size: int
    seconds: float
    outcome: str


def run(
    sizes: tuple[int, ...] = SIZES,
    names: tuple[str, ...] | None = None,
    budget: float = 120.0,
) -> Iterator[Timing]:
    """Parse every adversarial input at every size and time it, yielding as it goes.

    Args:
        sizes: the input sizes in characters, smallest first.
        names: the inputs to run (default: all of `INPUTS`).
        budget: once a parse of an input takes longer than this many seconds, its larger sizes
            are skipped (reported with ``seconds`` = NaN) so that a quadratic case cannot stall
            the benchmark for hours.

    Yields:
        One `Timing` per input and size; ``outcome`` is the clause count, the ParseError, or
        why the size was skipped.
    """
    from helpers.parse import parse_text

    parse_text(_HEAD + _CLAUSE + _OP, source="warm-up")  # load lexicons before timing
    for name in names or tuple(INPUTS):
        slow: Timing | None = None
        for size in sizes:
            if slow is not None:
                why = f"skipped: {slow.size} chars took {slow.seconds:.0f} s"
                yield Timing(name, size, float("nan"), why)
                continue
            text = make(name, size)
            start = time.perf_counter()
            try:
                res = parse_text(text, source=name)
                outcome = f"{len(res.preamble)} PP, {len(res.operative)} OP"
            except ParseError as exc:
                outcome = f"{type(exc).__name__}: {exc.reason[:40]}"
            timing = Timing(name, len(text), time.perf_counter() - start, outcome)
            yield timing
            if timing.seconds > budget:
                slow = timing


def main(argv: list[str] | None = None) -> int:
    """Print the parse time of each adversarial input per size, with the growth ratio.

    Args:
        argv: command-line arguments (``--sizes``, ``--only``).

    Returns:
        The exit status: 0.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--only", nargs="+", choices=list(INPUTS))
    parser.add_argument("--budget", type=float, default=120.0, help="seconds per parse")
    args = parser.parse_args(argv)
    print(f"{'input':<22}{'size':>10}{'seconds':>10}{'ratio':>8}  outcome")
    prev: Timing | None = None
    for t in run(tuple(args.sizes), tuple(args.only) if args.only else None, args.budget):
        ratio = (
            f"{t.seconds / prev.seconds:.2f}"
            if prev is not None and prev.name == t.name and prev.seconds > 0 and t.seconds > 0
            else ""
        )
        print(f"{t.name:<22}{t.size:>10}{t.seconds:>10.2f}{ratio:>8}  {t.outcome}", flush=True)
        prev = t
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
