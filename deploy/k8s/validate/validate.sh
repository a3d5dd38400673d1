#!/usr/bin/env bash
# Offline validation of deploy/k8s: render with kustomize (kubectl, Debian package "kubectl"), then check each
# object against the Kubernetes API schemas (npm package kubernetes-models). Exits non-zero on any error.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
[ -d node_modules ] || npm install --silent --no-audit --no-fund >/dev/null
kubectl kustomize "$here/.." | node validate.mjs
