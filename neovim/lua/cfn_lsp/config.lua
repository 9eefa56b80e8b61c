-- Turns the user's options into a client configuration for vim.lsp.start / start_client.
local compat = require('cfn_lsp.compat')
local filetype = require('cfn_lsp.filetype')
local root = require('cfn_lsp.root')

local M = {}

-- JVM options for the server, the one place this client sets them (see README): a small, compact heap instead of a
-- quarter of the machine's memory, and JVM warnings on stderr, never on the stdout that carries the protocol.
M.JVM_OPTIONS = {
  '-XX:+UseSerialGC',
  '-Xms128m',
  '-XX:NewSize=96m',
  '-XX:MaxNewSize=96m',
  '-XX:SurvivorRatio=1',
  '-XX:TargetSurvivorRatio=90',
  '-XX:MinHeapFreeRatio=40',
  '-XX:MaxHeapFreeRatio=70',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
}

-- The class-data-sharing archive `java -jar cfn-lsp.jar class-archive` writes next to the jar.
M.CLASS_ARCHIVE = 'cfn-lsp.jsa'

M.defaults = {
  cmd = nil, -- full launch command; when nil it is built from `java`, `jvm_options` and `jar`
  java = nil, -- default: $JAVA_HOME/bin/java, else `java` on PATH
  jar = nil, -- default: $CFN_LSP_JAR
  jvm_options = nil, -- default: M.JVM_OPTIONS
  filetypes = { filetype.YAML, filetype.JSON },
  root_markers = root.DEFAULT_MARKERS,
  -- Sent as initializationOptions and as the "cfn-lsp" settings section:
  -- { regions = {...}, profile = 'default'|'production', debounceMs = 150, rules = { [id] = 'off'|'error'|'warning'|'info' } }
  settings = {},
  on_attach = nil,
  capabilities = nil,
}

local function is_map(value)
  return type(value) == 'table' and next(value) ~= nil and value[1] == nil
end

--- Deep merge in which lists (filetypes, regions, cmd) replace rather than mix.
function M.merge_tables(base, override)
  local result = vim.deepcopy(base)
  for key, value in pairs(override or {}) do
    if is_map(value) and is_map(result[key]) then
      result[key] = M.merge_tables(result[key], value)
    else
      result[key] = vim.deepcopy(value)
    end
  end
  return result
end

function M.merge(user_opts)
  return M.merge_tables(M.defaults, user_opts)
end

local function default_java()
  local home = vim.env.JAVA_HOME
  if home and home ~= '' and vim.fn.executable(home .. '/bin/java') == 1 then
    return home .. '/bin/java'
  end
  return 'java'
end

--- The launch command, or nil and a reason when it cannot be built.
function M.cmd(opts)
  if opts.cmd then
    return opts.cmd
  end
  local jar = opts.jar or vim.env.CFN_LSP_JAR
  if not jar or jar == '' then
    return nil, 'no server jar: pass `jar` to setup() or set $CFN_LSP_JAR'
  end
  -- Absolute, as a class archive records the jar's absolute path.
  jar = vim.fn.fnamemodify(vim.fn.expand(jar), ':p')
  if vim.fn.filereadable(jar) == 0 then
    return nil, 'server jar not found: ' .. jar
  end
  local cmd = { opts.java or default_java() }
  vim.list_extend(cmd, opts.jvm_options or M.JVM_OPTIONS)
  -- Only when it exists: a missing archive would also turn off the JDK's own class sharing; a stale one is ignored.
  local archive = vim.fn.fnamemodify(jar, ':h') .. '/' .. M.CLASS_ARCHIVE
  if vim.fn.filereadable(archive) == 1 then
    table.insert(cmd, '-XX:SharedArchiveFile=' .. archive)
  end
  vim.list_extend(cmd, { '-jar', jar, 'serve' })
  return cmd
end

-- Settings keys whose values are JSON arrays; every other empty table is an object.
local LIST_KEYS = { regions = true }

-- Neovim encodes an empty Lua table as a JSON array; the server wants objects there.
function M.json_safe(value, key)
  if type(value) ~= 'table' then
    return value
  end
  if next(value) == nil then
    return LIST_KEYS[key] and {} or vim.empty_dict()
  end
  local copy = {}
  for k, v in pairs(value) do
    copy[k] = M.json_safe(v, k)
  end
  return copy
end

local function language_id(_, ft)
  return ft == filetype.JSON and 'json' or 'yaml'
end

--- A vim.lsp client config for the workspace at `root_dir`.
function M.client_config(opts, root_dir)
  local cmd, why = M.cmd(opts)
  if not cmd then
    return nil, why
  end
  local settings = M.json_safe(opts.settings)
  return {
    name = 'cfn-lsp',
    cmd = cmd,
    root_dir = root_dir,
    init_options = settings,
    settings = { ['cfn-lsp'] = settings },
    get_language_id = language_id,
    capabilities = opts.capabilities,
    on_attach = opts.on_attach,
    -- Neovim 0.7 does not push `settings` by itself; servers read them from this notification.
    on_init = function(client)
      compat.notify(client, 'workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  }
end

--- The same configuration in nvim-lspconfig's `default_config` shape.
function M.lspconfig_default_config(opts)
  local cfg, why = M.client_config(opts, nil)
  if not cfg then
    error('cfn-lsp: ' .. why)
  end
  cfg.name = nil
  cfg.filetypes = opts.filetypes
  cfg.root_dir = function(fname)
    return root.find(fname, opts.root_markers)
  end
  return cfg
end

return M
