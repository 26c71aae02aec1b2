#!/usr/bin/env bash
# The GitHub Action's step (action.yml): install the packaged CLI, lint the paths with GitHub annotations, write the
# SARIF log if asked, and exit with the linter's code. Every input comes from the environment; none is evaluated.
set -euo pipefail

fail() { echo "::error title=exchange-transport-lint::$1"; exit 2; }

fail_on="${INPUT_FAIL_ON:-error}"
case "$fail_on" in error | warning | information) ;; *) fail "fail-on is error, warning or information" ;; esac

# One path per line; blank lines are ignored.
paths=()
while IFS= read -r line || [[ -n "$line" ]]; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [[ -n "$line" ]] && paths+=("$line")
done <<< "${INPUT_PATHS:-.}"
[[ ${#paths[@]} -gt 0 ]] || paths=(.)

work="${RUNNER_TEMP:-$(mktemp -d)}/exchange-transport-action"
mkdir -p "$work"
version="${INPUT_VERSION:-}"
if [[ -z "$version" ]]; then
  # No version: the action's own checkout, packed as npm would publish it.
  action_path="${ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
  (cd "$action_path" && npm ci --no-audit --no-fund >&2 && npm pack --pack-destination "$work" >&2)
  spec="$(ls -t "$work"/exchange-transport-*.tgz | head -n 1)"
elif [[ -f "$version" ]]; then
  spec="$version"
elif [[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z.+-]*$ ]]; then
  spec="exchange-transport@$version"
else
  fail "version is a version number or the path of a packed tarball"
fi
npm install --global --prefix "$work/prefix" --no-audit --no-fund "$spec" >&2
cli="$work/prefix/bin/exchange-transport-lint"
echo "exchange-transport-lint $("$cli" --version)" >&2

set +e
"$cli" --format github --fail-on "$fail_on" -- "${paths[@]}"
code=$?
if [[ -n "${INPUT_SARIF:-}" && $code -lt 2 ]]; then
  mkdir -p "$(dirname "$INPUT_SARIF")"
  "$cli" --format sarif --fail-on "$fail_on" -- "${paths[@]}" > "$INPUT_SARIF"
  [[ $? -lt 2 ]] || code=2
fi
set -e
[[ -n "${GITHUB_OUTPUT:-}" ]] && echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"
