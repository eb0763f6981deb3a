"""The glued-stop sentence split's cost as a text grows (review cr39 F11: the split once rescanned the text before
every glued stop, so its time grew with the square of the length).

    .venv/bin/python bench/sentence_splits.py [--repeats 5] [--sizes 100,400,1600,6400]

For texts of 100, 400, 1,600 and 6,400 glued units (about 11.7k to 750k characters; three glued stops a unit) it
prints the best of `--repeats` times of `split_points` and of razdel's `sentenize` on the same text (the baseline,
measured in the same run), microseconds per character for each, and their ratio.  A linear split keeps its
microseconds per character flat as the text grows.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from razdel import sentenize  # noqa: E402

from khronika.nlp.sentence_splits import split_points  # noqa: E402

GLUED_UNIT = ("Жители города пожаловались на ямы.Мэр заявил, что дороги починят к маю.Сайт Фонтанка.Ру пишет, что "
              "«денег нет».Потом ")
SIZES = (100, 400, 1600, 6400)


def best_time(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="glued units per text, comma-separated")
    args = parser.parse_args()
    print(f"{'units':>6} {'chars':>8} {'split s':>9} {'µs/char':>8} {'razdel s':>9} {'µs/char':>8} {'ratio':>6}")
    for units in map(int, args.sizes.split(",")):
        text = GLUED_UNIT * units
        split = best_time(lambda: split_points(text), args.repeats)
        razdel = best_time(lambda: list(sentenize(text)), args.repeats)
        print(f"{units:>6} {len(text):>8} {split:>9.4f} {split / len(text) * 1e6:>8.3f} {razdel:>9.4f} "
              f"{razdel / len(text) * 1e6:>8.3f} {split / razdel:>6.3f}")


if __name__ == "__main__":
    main()
