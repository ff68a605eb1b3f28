#!/usr/bin/env bash
# Runs lifecycle.rb (the Ruby library fog-aliyun's compute requests, unmodified) against
# `fake-ecs serve` on a free port with instant timings. Needs the Debian package ruby-fog-aliyun
# (.ci/run installs it when missing) and a build (dist/, made here when missing). Prints each step,
# then `N passed, M failed`; exits non-zero on a failure.
set -uo pipefail
source "$(dirname "$0")/../serve.sh"

ruby test/clients/ruby/lifecycle.rb "${url%/}" "$key" "$secret"
