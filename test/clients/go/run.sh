#!/usr/bin/env bash
# Runs lifecycle.go (the Go SDK github.com/denverdino/aliyungo/ecs, unmodified) against
# `fake-ecs serve` on a free port with instant timings. Needs the Debian packages golang-go and
# golang-github-denverdino-aliyungo-dev (.ci/run installs them when missing) and a build (dist/,
# made here when missing). Prints each step, then `N passed, M failed`; exits non-zero on a failure.
set -uo pipefail
source "$(dirname "$0")/../serve.sh"

GOPATH=/usr/share/gocode GO111MODULE=off GOFLAGS=-mod=mod GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/fake-ecs-gocache}" \
  go run test/clients/go/lifecycle.go "${url%/}/" "$key" "$secret"
