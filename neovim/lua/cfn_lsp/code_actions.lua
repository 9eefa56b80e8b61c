-- Requests code actions from a cfn-lsp client and applies the one chosen.
local compat = require('cfn_lsp.compat')

local M = {}

local function apply(client, action, bufnr, on_done)
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  end
  local command = type(action.command) == 'table' and action.command or nil
  if type(action.command) == 'string' then
    command = action -- a bare Command rather than a CodeAction
  end
  if command then
    compat.request(client, 'workspace/executeCommand', command, function()
      on_done(true)
    end, bufnr)
  else
    on_done(action.edit ~= nil)
  end
end

local function resolve_then_apply(client, action, bufnr, on_done)
  local provider = client.server_capabilities and client.server_capabilities.codeActionProvider
  local can_resolve = type(provider) == 'table' and provider.resolveProvider
  if action.edit or action.command or not can_resolve then
    return apply(client, action, bufnr, on_done)
  end
  compat.request(client, 'codeAction/resolve', action, function(err, resolved)
    if err or not resolved then
      return on_done(false)
    end
    apply(client, resolved, bufnr, on_done)
  end, bufnr)
end

--- Asks `client` for code actions over `range` and applies the first one `choose` accepts.
--- `on_done(applied, title)` runs when finished.
function M.request_and_apply(client, bufnr, range, context, choose, on_done)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = range,
    context = context,
  }
  compat.request(client, 'textDocument/codeAction', params, function(err, actions)
    if err then
      vim.notify('cfn-lsp: code action request failed: ' .. tostring(err.message or err), vim.log.levels.ERROR)
      return on_done(false)
    end
    for _, action in ipairs(actions or {}) do
      if choose(action) then
        return resolve_then_apply(client, action, bufnr, function(applied)
          on_done(applied, action.title)
        end)
      end
    end
    on_done(false)
  end, bufnr)
end

--- The whole buffer as an LSP range.
function M.whole_buffer(bufnr)
  return {
    start = { line = 0, character = 0 },
    ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 },
  }
end

return M
