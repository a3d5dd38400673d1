#!/usr/bin/env bash
# Every script of bench/ and eval/ in its quickest mode, on the packaged service: shows at once when one no longer
# runs from a fresh clone (a missing folder, a changed endpoint, a fake the service no longer understands). The
# figures they print mean nothing; nothing recorded is rewritten. Run by .ci/run after the tests. Needs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
step() { echo "== $*"; local t=$SECONDS; "$@"; echo "== ok in $((SECONDS - t)) s: $*"; }
step bash bench/embedded.sh --quick                 # also writes the tiny GGUF the eval step below runs on
step python3 bench/run.py --smoke
step python3 bench/run.py --engine --smoke
step python3 bench/flaky.py --smoke
step python3 eval/run.py --gguf target/bench-models/tiny-bench.gguf --articles 1 --lines-per-article 2 --print-only
# Start-up next to the bare Quarkus service: one pair, no ratio enforced (a shared CI machine's figure means nothing).
step ./mvnw -B -q -f bench/bare-quarkus/pom.xml package
step python3 bench/startup.py --pairs 1 --max-ratio 1000
