#!/usr/bin/env bash
# Offline checks of deploy/k8s (no cluster needed), for both entry points: deploy/k8s (embedded model) and
# deploy/k8s/overlays/vllm (GPU inference server). For each:
#   1. without the operator's secret files the build fails, naming the missing file (no key ships);
#   2. with throwaway secret files it renders with kustomize (kubectl, Debian package "kubectl") and every object
#      passes the Kubernetes API schemas (npm package kubernetes-models);
#   3. what the install promises holds (expect.mjs: Secret generated, Redis password and NetworkPolicy, probes,
#      HPA + PDB, GPU request and yoyak pointed at the server for the overlay);
#   4. the shell the manifests run works (scripts.sh: Redis' password guard against a real redis-server, the
#      init container's wait for the inference server against a fake /health).
# No manifest in the repository may hold a Secret's values. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
k8s="$(dirname "$here")"
cd "$here"
[ -d node_modules ] || npm install --silent --no-audit --no-fund >/dev/null

if grep -rlE --include='*.yaml' '^kind: *Secret' "$k8s" | grep -v /node_modules/; then
    echo "a manifest holds a Secret: secrets come from the operator's files (secretGenerator)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$k8s" "$work/k8s"
rm -rf "$work/k8s/validate"
# The operator's own files, if any are in this checkout, are not part of what ships.
find "$work/k8s" -path '*/secrets/*' -type f ! -name README.md ! -name .gitignore -delete

for entry in . overlays/vllm; do
    dir="$work/k8s/$entry"
    if error=$(kubectl kustomize "$dir" 2>&1 >/dev/null); then
        echo "$entry: rendered without the operator's secret files" >&2
        exit 1
    fi
    echo "$error" | grep -q 'secrets/api-keys' || { echo "$entry: unclear error without secrets: $error" >&2; exit 1; }
    echo "ok      $entry: no secret files -> the build stops naming secrets/api-keys"
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/secrets/api-keys"
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/secrets/redis-password"
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/secrets/backend-api-key"
    kubectl kustomize "$dir" > "$work/rendered.yaml"
    echo "== $entry"
    node validate.mjs < "$work/rendered.yaml"
    node expect.mjs "$entry" < "$work/rendered.yaml"
    cp "$work/rendered.yaml" "$work/rendered-${entry//\//-}.yaml"
done
bash "$here/scripts.sh" "$work/rendered-overlays-vllm.yaml"
