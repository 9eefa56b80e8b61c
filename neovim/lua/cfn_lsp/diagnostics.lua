-- The buffer's cfn-lsp diagnostics, in LSP shape, for code action requests.
local M = {}

local SOURCE = 'cfn-lsp'

local function to_lsp(d)
  local original = d.user_data and d.user_data.lsp or {}
  if original.range then
    return original -- Neovim 0.10+ keeps the server's diagnostic whole
  end
  -- Older Neovim keeps only byte columns; exact for the ASCII text of most templates.
  return {
    range = {
      start = { line = d.lnum, character = d.col },
      ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    severity = d.severity, -- vim.diagnostic and LSP number severities alike
    message = d.message,
    source = d.source,
    code = d.code or original.code,
    data = original.data,
  }
end

function M.of_buffer(bufnr)
  local result = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == SOURCE then
      table.insert(result, to_lsp(d))
    end
  end
  return result
end

return M
