-- cfn-lsp for Neovim 0.7+: detects CloudFormation templates, starts the
-- cfn-lsp server for them and adds :CfnLspFixAll. All analysis is the server's.
local client = require('cfn_lsp.client')
local compat = require('cfn_lsp.compat')
local config = require('cfn_lsp.config')
local filetype = require('cfn_lsp.filetype')
local fix_all = require('cfn_lsp.fix_all')

local M = {}

local current_opts = nil

local function attach_if_template(bufnr, opts)
  if vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype) then
    client.attach(bufnr, opts)
  end
end

local function register_commands()
  vim.api.nvim_create_user_command('CfnLspFixAll', function()
    fix_all.run(0)
  end, { desc = 'Apply every safe cfn-lsp fix to this template' })
end

--- setup{ cmd = {...}, jar = '...', java = '...', settings = {...}, filetypes = {...},
---        root_markers = {...}, on_attach = fn, capabilities = {...} }
function M.setup(user_opts)
  local opts = config.merge(user_opts)
  current_opts = opts
  filetype.register()
  local group = vim.api.nvim_create_augroup('cfn_lsp_attach', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      client.attach(args.buf, opts)
    end,
  })
  register_commands()
  -- Buffers read before setup() ran (lazy loading) are detected and attached now.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      filetype.detect(bufnr)
      attach_if_template(bufnr, opts)
    end
  end
end

--- Changes settings at run time: merged into the current ones and pushed to
--- every running cfn-lsp client with workspace/didChangeConfiguration.
function M.update_settings(settings)
  if current_opts then
    current_opts.settings = config.merge_tables(current_opts.settings, settings)
  end
  for _, c in ipairs(compat.cfn_clients()) do
    local section = config.json_safe(config.merge_tables(c.config.settings['cfn-lsp'] or {}, settings))
    c.config.settings['cfn-lsp'] = section
    compat.notify(c, 'workspace/didChangeConfiguration', { settings = c.config.settings })
  end
end

M.fix_all = fix_all.run

--- Client config for a workspace root, for use with vim.lsp.start / vim.lsp.start_client.
function M.client_config(user_opts, root_dir)
  return config.client_config(config.merge(user_opts), root_dir)
end

--- nvim-lspconfig `default_config` for registering cfn_lsp as a custom server.
function M.lspconfig_default_config(user_opts)
  return config.lspconfig_default_config(config.merge(user_opts))
end

--- Only the template filetype detection, for setups that start the client themselves.
M.setup_filetypes = filetype.register

return M
