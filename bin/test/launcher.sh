#!/usr/bin/env bash
# Checks bin/cfn-lsp against the built jar: it runs the CLI commands, keeps their exit codes, and reports a
# missing jar clearly.
set -uo pipefail
cd "$(dirname "$0")/../.."
failures=0
expect() {
  local code=$1; shift
  "$@" > /tmp/cfn-lsp-launcher.out 2>&1
  local actual=$?
  if [[ $actual != "$code" ]]; then
    echo "FAIL: '$*' exited $actual, expected $code"; cat /tmp/cfn-lsp-launcher.out; failures=$((failures + 1))
  fi
}
expect 0 bin/cfn-lsp rules
expect 1 bin/cfn-lsp lint examples/
CFN_LSP_JAR=/nonexistent/cfn-lsp.jar expect 2 bin/cfn-lsp lint examples/
grep -q "not found" /tmp/cfn-lsp-launcher.out || { echo "FAIL: no clear message for a missing jar"; failures=$((failures + 1)); }
if (( failures > 0 )); then
  exit 1
fi
echo "launcher: all checks passed"
