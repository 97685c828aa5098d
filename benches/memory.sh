#!/usr/bin/env bash
# Peak memory of streaming extraction (Parser::extract_reader, through `convert --count
# --stream`) over 10 MB and 1 GB of real-shaped text (benches/lines.py, from ../shared/corpus),
# beside the same binary printing its help (the process's own floor), with /usr/bin/time -v.
# The 1 GB file is written to a temporary directory and removed.
#
#     bash benches/memory.sh          # SIZES="10000000" bash benches/memory.sh for 10 MB only
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus}
sizes=${SIZES:-10000000 1000000000}
[ -d "$corpus" ] || { echo "benches/memory.sh: no corpus at $corpus (set CORPUS)" >&2; exit 1; }
cargo build -q --release --features serde --example convert
bin=target/release/examples/convert
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
peak() { # prints "max RSS KiB, seconds"
    /usr/bin/time -v -o "$tmp/v" "$@" > "$tmp/out"
    kib=$(awk -F': ' '/Maximum resident/ {print $2}' "$tmp/v")
    secs=$(awk -F': ' '/Elapsed/ {print $2}' "$tmp/v")
    echo "$kib KiB peak, $secs elapsed, output $(head -c 40 "$tmp/out")"
}
echo "floor (--help):          $(peak "$bin" --help)"
for size in $sizes; do
    python3 benches/lines.py "$corpus" bytes "$size" > "$tmp/in.txt"
    echo "$size bytes, --count --stream: $(peak "$bin" --count --stream < "$tmp/in.txt")"
    rm -f "$tmp/in.txt"
done
