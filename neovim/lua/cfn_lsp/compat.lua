-- Bridges the Neovim 0.7 -> current API differences the plugin touches.
local M = {}

M.CLIENT_NAMES = { ['cfn-lsp'] = true, cfn_lsp = true } -- ours, and nvim-lspconfig's

-- 0.11 turned client methods into `client:method()`; the old dot form warns there.
local colon_methods = vim.fn.has('nvim-0.11') == 1

function M.request(client, method, params, handler, bufnr)
  if colon_methods then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

function M.notify(client, method, params)
  if colon_methods then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

local function all_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  if bufnr then
    return vim.tbl_values(vim.lsp.buf_get_clients(bufnr))
  end
  return vim.lsp.get_active_clients()
end

--- cfn-lsp clients, all of them or those attached to `bufnr`.
function M.cfn_clients(bufnr)
  return vim.tbl_filter(function(client)
    return M.CLIENT_NAMES[client.name] == true
  end, all_clients(bufnr))
end

return M
