-- Headless Neovim (0.7+) as an LSP client of editorial-lint.
-- env: LSP_CMD (space separated server command), DOC (file to open), OUT (where to write the JSON),
--      INIT_OPTIONS (JSON initializationOptions), EXPECT (number of diagnostics to wait for), TIMEOUT_MS,
--      EDIT_FIND / EDIT_REPLACE (a buffer edit to make afterwards; codes left are reported as after_edit).
-- Writes {"diagnostics": [...], "hover": "...", "after_edit": [codes]} to OUT and exits 0 when diagnostics arrived.
local cmd = vim.split(os.getenv('LSP_CMD'), ' ', { trimempty = true })
local doc = os.getenv('DOC')
local out_path = os.getenv('OUT')
local expect = tonumber(os.getenv('EXPECT') or '1')
local timeout = tonumber(os.getenv('TIMEOUT_MS') or '20000')
local init_options = vim.fn.json_decode(os.getenv('INIT_OPTIONS') or '{}')

vim.cmd('edit ' .. vim.fn.fnameescape(doc))
local buf = vim.api.nvim_get_current_buf()
local language_ids = { text = 'plaintext', markdown = 'markdown', [''] = 'plaintext' }

local latest = nil
local client_id = vim.lsp.start_client({
  name = 'editorial-lint',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(doc, ':p:h'),
  init_options = init_options,
  get_language_id = function(_, filetype) return language_ids[filetype] or filetype end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      latest = result
    end,
  },
})
if not client_id then
  io.stderr:write('start_client failed\n')
  vim.cmd('cquit 3')
end
vim.lsp.buf_attach_client(buf, client_id)

local arrived = vim.wait(timeout, function()
  return latest ~= nil and #latest.diagnostics >= expect
end, 50)

local report = { diagnostics = {} }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(report.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = vim.diagnostic.severity[d.severity], message = d.message, source = d.source,
    code = d.code,
  })
end

-- Hover on the first diagnostic: the rule explanation must come back.
local first = report.diagnostics[1]
if first then
  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = first.lnum, character = 0 },
  }
  -- Position in UTF-16 units of the first flagged character.
  local line = vim.api.nvim_buf_get_lines(buf, first.lnum, first.lnum + 1, false)[1] or ''
  params.position.character = vim.str_utfindex(line, first.col)
  local response = client.request_sync('textDocument/hover', params, 5000, buf)
  if response and response.result and response.result.contents then
    report.hover = response.result.contents.value
  end
end

-- Then edit the buffer like a user (Neovim sends an incremental didChange) and wait for fresh results.
local find, replace = os.getenv('EDIT_FIND'), os.getenv('EDIT_REPLACE')
if find and replace then
  for lnum, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s, e = string.find(text, find, 1, true)
    if s then
      latest = nil
      vim.api.nvim_buf_set_text(buf, lnum - 1, s - 1, lnum - 1, e, { replace })
      vim.wait(timeout, function() return latest ~= nil end, 50)
      report.after_edit = {}
      for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(report.after_edit, d.code) end
      break
    end
  end
end

local file = io.open(out_path, 'w')
file:write(vim.fn.json_encode(report))
file:close()
vim.lsp.stop_client(client_id, true)
if arrived then vim.cmd('qall!') else vim.cmd('cquit 1') end
