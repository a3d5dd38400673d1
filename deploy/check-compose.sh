#!/usr/bin/env bash
# Offline check of deploy/compose.yaml with docker-compose 1.29 (Debian package "docker-compose"; `config` needs
# no Docker engine): without the operator's secrets it stops naming the missing variable; with them it is valid,
# and Redis requires the password and sits on an internal network that only yoyak joins. Compose 1.29 predates
# the top-level `name:` key, so that one line is dropped before the check.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
grep -v '^name: ' compose.yaml > "$work/compose.yaml"
cd "$work"
if out=$(env -u YOYAK_API_KEYS -u YOYAK_REDIS_PASSWORD docker-compose config 2>&1); then
    echo "compose.yaml is valid without secrets" >&2; exit 1
fi
echo "$out" | grep -q 'set YOYAK_REDIS_PASSWORD\|set YOYAK_API_KEYS' || { echo "unclear: $out" >&2; exit 1; }
echo "ok      without secrets compose stops: ${out##*: }"
YOYAK_API_KEYS=k1 YOYAK_REDIS_PASSWORD=pw docker-compose config > rendered.yaml
python3 - rendered.yaml <<'PY'
import sys, yaml
c = yaml.safe_load(open(sys.argv[1]))
s = c["services"]
checks = {
    "Redis requires the password": '--requirepass "$$REDIS_PASSWORD"' in " ".join(s["redis"]["command"])
        and s["redis"]["environment"]["REDIS_PASSWORD"] == "pw",
    "yoyak's client sends it": s["yoyak"]["environment"]["QUARKUS_REDIS_PASSWORD"] == "pw",
    "yoyak requires the operator's API keys": s["yoyak"]["environment"]["YOYAK_API_KEYS"] == "k1",
    "Redis only on the internal cache network, which only yoyak joins": list(s["redis"]["networks"]) == ["cache"]
        and c["networks"]["cache"].get("internal") is True
        and sorted(n for n in s if "cache" in s[n].get("networks", {})) == ["redis", "yoyak"],
}
for name, ok in checks.items():
    print(("ok      " if ok else "FAILED  ") + name)
sys.exit(0 if all(checks.values()) else 1)
PY
