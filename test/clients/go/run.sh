#!/usr/bin/env bash
# Runs lifecycle.go (the Go SDK github.com/denverdino/aliyungo/ecs, unmodified) against
# `fake-ecs serve` on a free port with instant timings. Needs the Debian packages golang-go and
# golang-github-denverdino-aliyungo-dev (.ci/run installs them when missing) and a build (dist/,
# made here when missing). Prints each step, then `N passed, M failed`; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../../.."

[ -f dist/cli/index.js ] || npm run build >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
node dist/cli/index.js serve --port 0 --timings instant --no-console >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q 'listening on' "$log" && break
  sleep 0.1
done
url=$(sed -n 's/^fake-ecs listening on \(http[^ ]*\).*/\1/p' "$log")
key=$(awk '/accessKeyId/ { print $2 }' "$log")
secret=$(awk '/accessKeySecret/ { print $2 }' "$log")
if [ -z "$url" ]; then
  cat "$log"
  echo "0 passed, 1 failed"
  exit 1
fi

GOPATH=/usr/share/gocode GO111MODULE=off GOFLAGS=-mod=mod GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/fake-ecs-gocache}" \
  go run test/clients/go/lifecycle.go "${url%/}/" "$key" "$secret"
