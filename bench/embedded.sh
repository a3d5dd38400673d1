#!/usr/bin/env bash
# The embedded engine's speed on random-weight GGUFs of each preset's shape (written once into target/bench-models,
# gigabytes each, never committed). Wall-clock rates, min/median/max over BENCH_RUNS runs after a warm-up.
#   bench/embedded.sh [preset ...]     every preset by default (qwen2.5-1.5b gemma3-1b gemma3-4b)
#   bench/embedded.sh --quick          the generated tiny test model, one run: checks the script works
# Figures are only worth quoting from an idle machine: it refuses to start when the 1-minute load average is above
# BENCH_MAX_LOAD (default 0.5; BENCH_MAX_LOAD=any to measure anyway) and prints the load before and after.
# Engine settings to compare: JAVA_OPTS="-Dbench.flashAttn=true -Dbench.kv=q8_0 -Dbench.batch=512 ..."
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench-models
mkdir -p "$out/native"
quick=false
if [ "${1:-}" = "--quick" ]; then quick=true; shift; fi
presets=("$@"); [ ${#presets[@]} -eq 0 ] && presets=(qwen2.5-1.5b gemma3-1b gemma3-4b)
load() { cut -d' ' -f1-3 /proc/loadavg; }
max="${BENCH_MAX_LOAD:-0.5}"
start_load="$(load)"
if ! $quick && [ "$max" != any ] && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$max" 'BEGIN{exit !(l>m)}'; then
    echo "load average $(load) is above $max: figures would measure other jobs. Wait, or BENCH_MAX_LOAD=any." >&2
    exit 3
fi
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(grep -o -w -E 'avx2|avx512f|avx512_vnni' /proc/cpuinfo | sort -u | xargs); load at start: $start_load, after compiling: $(load)"
props=()
$quick && props=(-Dbench.runs=1 -Dbench.gen=4) && presets=(tiny)
# shellcheck disable=SC2086
YOYAK_CORPUS_DIR="${YOYAK_CORPUS_DIR:-../shared/corpus}" java "-Dde.kherud.llama.tmpdir=$out/native" "${props[@]}" \
    ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    dev.yoyak.testing.EmbeddedBench "$out" "${presets[@]}"
echo "# load after: $(load)"
