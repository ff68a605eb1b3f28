# Sourced by the client scripts' run.sh: starts `fake-ecs serve` from dist/ (built here when
# missing) on a free port with instant timings, stops it on exit, and sets `url`, `key` and
# `secret` for the client. On failure it prints `0 passed, 1 failed` and exits.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

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
