-- Finds the workspace root of a template: the nearest directory upward holding
-- the first marker found (markers are tried in order), else the file's own directory.
local M = {}

M.DEFAULT_MARKERS = { '.cfn-lsp.yaml', '.git' }

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function parent(dir)
  return vim.fn.fnamemodify(dir, ':h')
end

local function find_upward(start_dir, marker)
  local dir = start_dir
  while true do
    if exists(dir .. '/' .. marker) then
      return dir
    end
    local up = parent(dir)
    if up == dir then
      return nil
    end
    dir = up
  end
end

--- Root directory for the file at `path` (an empty path means the current directory).
function M.find(path, markers)
  if path == nil or path == '' then
    return vim.loop.cwd()
  end
  local start_dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(markers or M.DEFAULT_MARKERS) do
    local found = find_upward(start_dir, marker)
    if found then
      return found
    end
  end
  return start_dir
end

return M
