import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from sample_docs import draw, Pool, SLAVICNER
folders = tuple(sorted(p.name for p in Path(__file__).resolve().parents[2].iterdir() if p.is_dir() and p.name != "tools"))
print("# excluded:", folders, file=sys.stderr)
for slot, pool, ds, path in draw(2026112718, [Pool("slavicner", 1.0, (SLAVICNER,))], folders, 20):
    print(ds, path, sep="\t")
