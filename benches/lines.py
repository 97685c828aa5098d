"""Write real-shaped Bengali text to standard output, for benches/cli.sh and benches/memory.sh.

Lines come from the shared corpus (../shared/corpus: the `text` column of the real-dev TSVs and
the lines of the news articles), cycled in order until LIMIT is reached. Usage:

    python3 benches/lines.py CORPUS lines 1000000   # 1M lines
    python3 benches/lines.py CORPUS bytes 10000000  # about 10 MB
"""
import csv
import glob
import os
import sys

corpus, unit, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = []
for name in ("real-dev.tsv", "real-dev-2.tsv"):
    path = os.path.join(corpus, name)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines += [r["text"].replace("\n", " ") for r in csv.DictReader(f, delimiter="\t")]
for path in sorted(glob.glob(os.path.join(corpus, "articles", "*.txt"))):
    with open(path, encoding="utf-8") as f:
        lines += [l.rstrip("\n") for l in f if l.strip()]
if not lines:
    sys.exit(f"no corpus text under {corpus}")
block = ("\n".join(lines) + "\n").encode("utf-8")
out = sys.stdout.buffer
if unit == "lines":
    whole, rest = divmod(limit, len(lines))
    for _ in range(whole):
        out.write(block)
    out.write(("\n".join(lines[:rest]) + "\n").encode("utf-8") if rest else b"")
else:
    written = 0
    while written < limit:
        chunk = block[: limit - written]
        out.write(chunk)
        written += len(chunk)
