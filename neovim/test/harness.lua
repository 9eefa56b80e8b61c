-- Minimal test runner for headless Neovim: named checks, bounded waits, a summary line.
local M = { passed = 0, failed = 0 }

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

M.log = out

--- Runs `fn`; a failed `require_ok` dependency fails the test without running it.
function M.test(name, fn, requires)
  if requires and not requires.ok then
    M.failed = M.failed + 1
    out('FAIL ' .. name .. ' (skipped: depends on "' .. requires.name .. '")')
    return { ok = false, name = name }
  end
  local ok, err = pcall(fn)
  if ok then
    M.passed = M.passed + 1
    out('ok   ' .. name)
  else
    M.failed = M.failed + 1
    out('FAIL ' .. name .. ': ' .. tostring(err))
  end
  return { ok = ok, name = name }
end

--- Waits up to `timeout_ms` for `condition()`; raises `what` on timeout.
function M.wait_for(timeout_ms, condition, what)
  if not vim.wait(timeout_ms, condition, 50) then
    error('timed out after ' .. timeout_ms .. ' ms waiting for ' .. what, 2)
  end
end

function M.equal(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(string.format('%s: expected %s, got %s', what, vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

function M.truthy(value, what)
  if not value then
    error(what, 2)
  end
end

function M.summary()
  out(string.format('%d passed, %d failed', M.passed, M.failed))
  return M.failed == 0
end

return M
