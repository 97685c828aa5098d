#!/usr/bin/env bash
# The batch CLI beside bare extraction, in one run: `convert --json` over LINES (default 1M)
# real-shaped lines (benches/lines.py, from ../shared/corpus), against `convert --count` over the
# same lines (the same reading and extraction, with no JSON built or written). Three alternating
# runs of each; prints each run and the medians. Output goes to /dev/null.
#
#     bash benches/cli.sh            # LINES=100000 bash benches/cli.sh for a quicker look
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus}
lines=${LINES:-1000000}
[ -d "$corpus" ] || { echo "benches/cli.sh: no corpus at $corpus (set CORPUS)" >&2; exit 1; }
cargo build -q --release --features serde --example convert
bin=target/release/examples/convert
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 benches/lines.py "$corpus" lines "$lines" > "$tmp/lines.txt"
echo "input: $lines lines, $(wc -c < "$tmp/lines.txt") bytes"
run() { # mode -> seconds
    /usr/bin/time -f %e -o "$tmp/t" "$bin" "$@" < "$tmp/lines.txt" > /dev/null
    cat "$tmp/t"
}
json=() count=()
for i in 1 2 3; do
    count+=("$(run --count)")
    json+=("$(run --json)")
    echo "run $i: --count ${count[-1]} s, --json ${json[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
c=$(median "${count[@]}") j=$(median "${json[@]}")
echo "median: --count (bare extract) $c s, --json $j s, ratio $(python3 -c "print(f'{$j/$c:.2f}')")"
