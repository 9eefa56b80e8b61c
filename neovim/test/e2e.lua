-- End-to-end test of the Neovim client against the real cfn-lsp jar.
-- Run through test/run.sh, which sets CFN_LSP_JAR, CFN_TEST_DIR and CFN_TEST_WORK.
local test_dir = assert(vim.env.CFN_TEST_DIR, 'CFN_TEST_DIR not set')
local work = assert(vim.env.CFN_TEST_WORK, 'CFN_TEST_WORK not set')
local jar = assert(vim.env.CFN_LSP_JAR, 'CFN_LSP_JAR not set')
local t = dofile(test_dir .. '/harness.lua')

local cfn = require('cfn_lsp')
local code_actions = require('cfn_lsp.code_actions')
local compat = require('cfn_lsp.compat')
local filetype = require('cfn_lsp.filetype')
local root = require('cfn_lsp.root')

local START_MS = 60000 -- JVM start-up plus first analysis on a slow CI machine
local STEP_MS = 20000

-- Raw publishDiagnostics payloads by URI, to check "the next diagnostics" exactly.
local published = {}
local show_diagnostics = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[result.uri] = published[result.uri] or {}
  table.insert(published[result.uri], result.diagnostics)
  return show_diagnostics(err, result, ctx, config)
end

local function publish_count(bufnr)
  return #(published[vim.uri_from_bufnr(bufnr)] or {})
end

local function latest_published(bufnr)
  local list = published[vim.uri_from_bufnr(bufnr)] or {}
  return list[#list]
end

local function with_code(diagnostics, code)
  return vim.tbl_filter(function(d)
    return d.code == code
  end, diagnostics or {})
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

local function read_file(path)
  local f = assert(io.open(path, 'r'))
  local text = f:read('*a')
  f:close()
  return text
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  return vim.api.nvim_get_current_buf()
end

local function wait_for_rule(bufnr, code, timeout_ms)
  t.wait_for(timeout_ms, function()
    return #with_code(vim.diagnostic.get(bufnr), code) > 0
  end, code .. ' diagnostic')
end

cfn.setup({
  jar = jar,
  settings = { regions = { 'us-east-1' }, profile = 'default', debounceMs = 50 },
})

local template = work .. '/fixtures/template.yaml'
local expected_fixed = read_file(work .. '/fixtures/template.yaml.expected')
local buf

t.test('filetype: name patterns and content sniffing', function()
  local resource = '  "Resources": { "B": { "Type": "AWS::S3::Bucket" } }'
  t.equal(filetype.match('a/stack.cfn.yaml', {}), 'yaml.cloudformation', '*.cfn.yaml')
  t.equal(filetype.match('a/stack.cfn.json', {}), 'json.cloudformation', '*.cfn.json')
  t.equal(filetype.match('a/stack.template', { '{', resource, '}' }), 'json.cloudformation', 'JSON *.template')
  t.equal(filetype.match('a/stack.template', { 'Resources:' }), 'yaml.cloudformation', 'YAML *.template')
  t.equal(filetype.match('a/x.yaml', { 'AWSTemplateFormatVersion: "2010-09-09"' }), 'yaml.cloudformation', 'sniffed YAML')
  t.equal(filetype.match('a/x.yml', { 'Resources:', '  Q:', '    Type: AWS::SQS::Queue' }), 'yaml.cloudformation', 'sniffed Type')
  t.equal(filetype.match('a/x.json', { '{', resource, '}' }), 'json.cloudformation', 'sniffed JSON')
  t.equal(filetype.match('a/compose.yaml', { 'services:', '  web:', '    image: nginx' }), nil, 'other YAML')
  t.equal(filetype.match('a/package.json', { '{ "name": "x", "type": "module" }' }), nil, 'other JSON')
end)

t.test('root: .cfn-lsp.yaml, then .git, else the file directory', function()
  local base = work .. '/roots'
  vim.fn.mkdir(base .. '/repo/.git', 'p')
  vim.fn.mkdir(base .. '/repo/stacks/app', 'p')
  vim.fn.writefile({}, base .. '/repo/stacks/.cfn-lsp.yaml')
  vim.fn.mkdir(base .. '/loose', 'p')
  t.equal(root.find(base .. '/repo/stacks/app/t.yaml'), base .. '/repo/stacks', 'config file root')
  t.equal(root.find(base .. '/repo/t.yaml'), base .. '/repo', 'git root')
  t.equal(root.find(base .. '/loose/t.yaml'), base .. '/loose', 'fallback root')
end)

local attached = t.test('a sniffed template gets yaml.cloudformation and the cfn-lsp client', function()
  buf = open(template)
  t.equal(vim.bo[buf].filetype, 'yaml.cloudformation', 'filetype')
  -- Neovim lists the client once the server has answered initialize.
  t.wait_for(START_MS, function()
    return #compat.cfn_clients(buf) == 1
  end, 'cfn-lsp client to attach')
end)

t.test('other YAML is left alone', function()
  local plain = open(work .. '/fixtures/plain.yaml')
  t.equal(vim.bo[plain].filetype, 'yaml', 'filetype')
  vim.wait(500)
  t.equal(#compat.cfn_clients(plain), 0, 'cfn-lsp clients attached to plain.yaml')
  vim.cmd('buffer ' .. buf)
end, attached)

local diagnosed = t.test('diagnostics: property-unknown on line 7, ref-unknown on line 10', function()
  wait_for_rule(buf, 'property-unknown', START_MS)
  wait_for_rule(buf, 'ref-unknown', STEP_MS)
  local all = vim.diagnostic.get(buf)
  local property = with_code(all, 'property-unknown')[1]
  local ref = with_code(all, 'ref-unknown')[1]
  t.equal(property.lnum + 1, 7, 'property-unknown line')
  t.equal(ref.lnum + 1, 10, 'ref-unknown line')
  t.equal(property.source, 'cfn-lsp', 'source')
  t.equal(ref.source, 'cfn-lsp', 'source')
end, attached)

local fixed = t.test("quick fix \"Change to 'BucketName'\" rewrites the property", function()
  local client = compat.cfn_clients(buf)[1]
  local diagnostic = with_code(latest_published(buf), 'property-unknown')[1]
  t.truthy(diagnostic, 'no raw property-unknown diagnostic was published')
  local before = publish_count(buf)
  local done, applied, title = false, false, nil
  code_actions.request_and_apply(client, buf, diagnostic.range, { diagnostics = { diagnostic }, only = { 'quickfix' } },
    function(action)
      return action.kind == 'quickfix' and action.title == "Change to 'BucketName'"
    end,
    function(ok, chosen)
      done, applied, title = true, ok, chosen
    end)
  t.wait_for(STEP_MS, function()
    return done
  end, 'code action round trip')
  t.truthy(applied, 'no applicable quick fix; got title ' .. tostring(title))
  t.equal(buffer_text(buf), expected_fixed, 'buffer text after the fix')
  t.wait_for(STEP_MS, function()
    return publish_count(buf) > before
  end, 'diagnostics after the edit')
end, diagnosed)

t.test('the next diagnostics drop property-unknown and keep ref-unknown', function()
  local latest = latest_published(buf)
  t.equal(#with_code(latest, 'property-unknown'), 0, 'property-unknown count')
  t.equal(#with_code(latest, 'ref-unknown'), 1, 'ref-unknown count')
end, fixed)

-- Fix-all applies SAFE fixes only: the log group gets RetentionInDays (log-group-retention) and
-- Retain policies (retain-stateful); the typo keeps its property-unknown diagnostic and its quick fix.
t.test(':CfnLspFixAll applies only the safe fixes of source.fixAll.cfn-lsp', function()
  local copy = work .. '/fixtures/fix-all.yaml'
  local expected = read_file(work .. '/fixtures/fix-all.yaml.expected')
  local fresh = open(copy)
  wait_for_rule(fresh, 'log-group-retention', START_MS)
  wait_for_rule(fresh, 'property-unknown', STEP_MS)
  t.equal(with_code(vim.diagnostic.get(fresh), 'log-group-retention')[1].lnum + 1, 4, 'log-group-retention line')
  t.equal(with_code(vim.diagnostic.get(fresh), 'property-unknown')[1].lnum + 1, 11, 'property-unknown line')
  local before = publish_count(fresh)
  vim.cmd('CfnLspFixAll')
  -- Wait without failing, so that a mismatch reports the buffer text as it is at the end.
  vim.wait(STEP_MS, function()
    return buffer_text(fresh) == expected
  end, 50)
  t.equal(buffer_text(fresh), expected, 'buffer text after fix-all')
  t.wait_for(STEP_MS, function()
    local latest = latest_published(fresh)
    return publish_count(fresh) > before and #with_code(latest, 'log-group-retention') == 0
      and #with_code(latest, 'property-unknown') == 1
  end, 'diagnostics after fix-all without log-group-retention and with property-unknown')
  local typo = with_code(latest_published(fresh), 'property-unknown')[1]
  t.equal(typo.range.start.line + 1, 14, 'property-unknown line after fix-all')
end, attached)

t.test('settings reach the server: rules { ref-unknown = off } via didChangeConfiguration', function()
  local before = publish_count(buf)
  cfn.update_settings({ rules = { ['ref-unknown'] = 'off' } })
  t.wait_for(STEP_MS, function()
    return publish_count(buf) > before and #with_code(latest_published(buf), 'ref-unknown') == 0
  end, 'diagnostics without ref-unknown')
end, diagnosed)

for _, client in ipairs(compat.cfn_clients()) do
  vim.lsp.stop_client(client.id)
end
vim.wait(5000, function()
  return #compat.cfn_clients() == 0
end, 50)

if t.summary() then
  vim.cmd('qall!')
else
  vim.cmd('cquit')
end
