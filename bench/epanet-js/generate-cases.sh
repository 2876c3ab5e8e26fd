#!/usr/bin/env bash
# Regenerates the EPANET 2.2 results of the hand-built cases: data/epanet-cases/inp/NAME.inp -> data/epanet-cases/results/NAME/
# Usage: bench/epanet-js/generate-cases.sh [NAME...]   (needs Node 20+; installs epanet-js 0.9.0 from package-lock.json first)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES="$(cd "$HERE/../../data/epanet-cases" && pwd)"
[[ -d "$HERE/node_modules/epanet-js" ]] || (cd "$HERE" && npm ci --no-audit --no-fund)
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$CASES"/inp/*.inp; do names+=("$(basename "$f" .inp)"); done
fi
for name in "${names[@]}"; do
  node "$HERE/epanet-run.mjs" results --inp "$CASES/inp/$name.inp" --out "$CASES/results/$name" \
    --name "$name" --label "epanet-cases/inp/$name.inp" --repeat 1
done
