#!/usr/bin/env bash
# End-to-end test of cfn-lsp-eglot.el: Emacs in batch mode, Eglot, the real cfn-lsp jar.
# Needs: emacs-nox elpa-eglot elpa-yaml-mode.  Env CFN_LSP_JAR overrides the jar path.
set -u

test_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
emacs_dir="$(dirname "$test_dir")"
repo_dir="$(cd "$emacs_dir/../.." && pwd)"
jar="${CFN_LSP_JAR:-$repo_dir/server/target/cfn-lsp.jar}"

fail() {
  echo "$1"
  echo "0 passed, 1 failed"
  exit 1
}

command -v emacs >/dev/null || fail "emacs not found (apt-get install -y emacs-nox elpa-eglot elpa-yaml-mode)"
[ -f "$jar" ] || fail "cfn-lsp jar not found: $jar"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$test_dir"/fixtures/* "$work/"

# Debian's site start-up (hence no -Q) puts the elpa-* packages on the load path; batch mode skips ~/.emacs.
CFN_LSP_JAR="$jar" CFN_TEST_WORK="$work" \
  timeout --kill-after=10 150 \
  emacs --batch -L "$emacs_dir" -L "$test_dir" \
  -l cfn-lsp-eglot-test -f cfn-test-run-and-exit </dev/null
status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  fail "emacs did not finish within 150 s"
fi
exit "$status"
