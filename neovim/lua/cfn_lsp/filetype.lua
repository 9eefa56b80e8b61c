-- Tags CloudFormation templates as yaml.cloudformation / json.cloudformation,
-- so the server attaches to templates and never to other YAML or JSON files.
local M = {}

M.YAML = 'yaml.cloudformation'
M.JSON = 'json.cloudformation'

-- How many lines of a file are read to decide whether it is a template.
local SNIFF_LINES = 200

local function looks_like_json(lines)
  for _, line in ipairs(lines) do
    local first = line:match('^%s*(%S)')
    if first then
      return first == '{'
    end
  end
  return false
end

--- True when the text has the marks of a CloudFormation template:
--- AWSTemplateFormatVersion, or a resource `Type` of the form AWS::Service::Resource.
function M.is_template(lines)
  for _, line in ipairs(lines) do
    if line:find('AWSTemplateFormatVersion', 1, true) then
      return true
    end
    if line:match('Type["\']?%s*:%s*["\']?AWS::[%w%-]+::%w') then
      return true
    end
  end
  return false
end

local function flavour(lines)
  return looks_like_json(lines) and M.JSON or M.YAML
end

--- The filetype a file should get, or nil when it is not a template.
--- `name` is the file path, `lines` its first lines.
function M.match(name, lines)
  local lower = name:lower()
  if lower:match('%.cfn%.ya?ml$') then
    return M.YAML
  end
  if lower:match('%.cfn%.json$') then
    return M.JSON
  end
  if lower:match('%.template$') then
    return flavour(lines)
  end
  if lower:match('%.ya?ml$') then
    return M.is_template(lines) and M.YAML or nil
  end
  if lower:match('%.json$') then
    return M.is_template(lines) and M.JSON or nil
  end
  return nil
end

--- Sets the buffer's filetype when it holds a template. Returns the filetype set, or nil.
function M.detect(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil
  end
  local ft = M.match(name, vim.api.nvim_buf_get_lines(bufnr, 0, SNIFF_LINES, false))
  if ft and vim.bo[bufnr].filetype ~= ft then
    vim.bo[bufnr].filetype = ft
  end
  return ft
end

M.FILE_PATTERNS = { '*.yaml', '*.yml', '*.json', '*.template' }

--- Registers the detection autocommands. Safe to call more than once.
function M.register()
  local group = vim.api.nvim_create_augroup('cfn_lsp_filetype', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = M.FILE_PATTERNS,
    callback = function(args)
      M.detect(args.buf)
    end,
  })
end

return M
