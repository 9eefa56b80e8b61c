-- Starts (or reuses) one cfn-lsp client per workspace root and attaches buffers to it.
local config = require('cfn_lsp.config')
local root = require('cfn_lsp.root')

local M = {}

-- Neovim 0.7 has no vim.lsp.start, so reuse per root is tracked here.
local client_ids_by_root = {}

local function start_or_reuse_07(client_config)
  local id = client_ids_by_root[client_config.root_dir]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(client_config)
    client_ids_by_root[client_config.root_dir] = id
  end
  return id
end

--- Attaches `bufnr` to the cfn-lsp client of its workspace. Returns the client id or nil.
function M.attach(bufnr, opts)
  local root_dir = root.find(vim.api.nvim_buf_get_name(bufnr), opts.root_markers)
  local client_config, why = config.client_config(opts, root_dir)
  if not client_config then
    vim.notify('cfn-lsp: ' .. why, vim.log.levels.ERROR)
    return nil
  end
  if vim.lsp.start then
    return vim.lsp.start(client_config, { bufnr = bufnr })
  end
  local id = start_or_reuse_07(client_config)
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

return M
