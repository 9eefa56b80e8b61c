-- :CfnLspFixAll — applies the server's `source.fixAll.cfn-lsp` action to a buffer.
local code_actions = require('cfn_lsp.code_actions')
local compat = require('cfn_lsp.compat')
local diagnostics = require('cfn_lsp.diagnostics')

local M = {}

M.KIND = 'source.fixAll.cfn-lsp'

local function is_fix_all(action)
  return action.kind == M.KIND
end

--- Applies every safe fix the server offers for `bufnr` (default: current buffer).
--- `on_done(applied)` is optional.
function M.run(bufnr, on_done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  on_done = on_done or function() end
  local client = compat.cfn_clients(bufnr)[1]
  if not client then
    vim.notify('cfn-lsp: no cfn-lsp client attached to this buffer', vim.log.levels.WARN)
    return on_done(false)
  end
  local context = { diagnostics = diagnostics.of_buffer(bufnr), only = { M.KIND } }
  code_actions.request_and_apply(client, bufnr, code_actions.whole_buffer(bufnr), context, is_fix_all, function(applied)
    if not applied then
      vim.notify('cfn-lsp: nothing to fix', vim.log.levels.INFO)
    end
    on_done(applied)
  end)
end

return M
