#!/usr/bin/env bash
# End-to-end test of the Neovim client: headless Neovim, the plugin, the real cfn-lsp jar.
# Usage: neovim/test/run.sh   (env CFN_LSP_JAR overrides the jar path)
set -u

test_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
plugin_dir="$(dirname "$test_dir")"
repo_dir="$(dirname "$plugin_dir")"
jar="${CFN_LSP_JAR:-$repo_dir/server/target/cfn-lsp.jar}"

fail() {
  echo "$1"
  echo "0 passed, 1 failed"
  exit 1
}

command -v nvim >/dev/null || fail "nvim not found (apt-get install -y neovim)"
[ -f "$jar" ] || fail "cfn-lsp jar not found: $jar"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$test_dir/fixtures" "$work/fixtures"

# The Lua side bounds every wait; `timeout` is the backstop should Neovim itself hang.
CFN_LSP_JAR="$jar" CFN_TEST_DIR="$test_dir" CFN_TEST_WORK="$work" \
  timeout --kill-after=10 150 \
  nvim --headless --clean --cmd "set runtimepath^=$plugin_dir" -c "luafile $test_dir/e2e.lua" \
  </dev/null
status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  fail "nvim did not finish within 150 s"
fi
exit "$status"
