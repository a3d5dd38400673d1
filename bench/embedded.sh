#!/usr/bin/env bash
# The embedded engine's speed on random-weight GGUFs of each preset's shape (written once into target/bench-models,
# gigabytes each, never committed). Usage: bench/embedded.sh [preset ...]   (default: every preset)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
presets=("$@"); [ ${#presets[@]} -eq 0 ] && presets=(qwen2.5-1.5b gemma3-1b gemma3-4b)
YOYAK_CORPUS_DIR="${YOYAK_CORPUS_DIR:-../shared/corpus}" java -Dde.kherud.llama.tmpdir=target/bench-models/native -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    dev.yoyak.testing.EmbeddedBench target/bench-models "${presets[@]}"
