-- Headless Neovim (0.7+) LSP client for test/nvim/nvim.test.ts.
--
--   NVIM_LSP_SPEC=spec.json nvim --headless -u NONE -i NONE -n --noplugin -c 'luafile test/nvim/lsp-client.lua'
--
-- spec.json: {
--   "cmd": ["node", "dist/server.js", "--stdio"], "root": "<dir>", "out": "<result.json>", "timeout": 10000,
--   "files": [{ "path": "<file>", "hovers": [{ "line": 4, "character": 30 }] }]
-- }
-- Opens each file, attaches it to the server explicitly (no filetype detection needed), waits for the
-- server's textDocument/publishDiagnostics for that file (polling with vim.wait, no sleeps), reads
-- vim.diagnostic.get, asks for hover at each position, shuts the server down and writes everything
-- as JSON to spec.out. Exits with :qa! on success and :cquit 1 if the script itself fails.

local result = { files = {}, log = {}, exit = vim.NIL }

local function read_spec()
  local path = os.getenv('NVIM_LSP_SPEC')
  assert(path and path ~= '', 'NVIM_LSP_SPEC is not set')
  return vim.fn.json_decode(table.concat(vim.fn.readfile(path), '\n'))
end

local function write_result(out)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
end

local function markdown_text(contents)
  -- Hover contents: MarkupContent, MarkedString or MarkedString[].
  if type(contents) == 'string' then return contents end
  if type(contents) ~= 'table' then return '' end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do table.insert(parts, markdown_text(c)) end
  return table.concat(parts, '\n')
end

local function main(spec)
  local timeout = spec.timeout or 10000
  local published = {} -- uri -> number of publishDiagnostics received
  local exited = false

  local client_id = vim.lsp.start_client({
    name = 'exchange-transport',
    cmd = spec.cmd,
    root_dir = spec.root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        published[params.uri] = (published[params.uri] or 0) + 1
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
      ['window/logMessage'] = function(_, params)
        table.insert(result.log, { type = params.type, message = params.message })
      end,
      ['window/showMessage'] = function(_, params)
        table.insert(result.log, { type = params.type, message = params.message, show = true })
      end,
    },
    on_exit = function(code, signal)
      exited = true
      result.exit = { code = code, signal = signal }
    end,
  })
  assert(client_id, 'vim.lsp.start_client failed')

  local ok = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return exited or (c ~= nil and c.initialized == true)
  end, 10)
  assert(ok and not exited, 'server did not initialize within ' .. timeout .. ' ms')
  result.capabilities = vim.lsp.get_client_by_id(client_id).server_capabilities

  for _, file in ipairs(spec.files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file.path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = 'xml' -- languageId; 0.7 detection is off under -u NONE
    local uri = vim.uri_from_bufnr(bufnr)
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed for ' .. file.path)

    local entry = { path = file.path, uri = uri, published = false, diagnostics = {}, hovers = {} }
    entry.published = vim.wait(timeout, function() return (published[uri] or 0) > 0 end, 5)

    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(entry.diagnostics, {
        code = d.code or vim.NIL,
        source = d.source or vim.NIL,
        severity = d.severity,
        message = d.message,
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      })
    end

    for _, pos in ipairs(file.hovers or {}) do
      local params = { textDocument = { uri = uri }, position = { line = pos.line, character = pos.character } }
      local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout)
      local h = { line = pos.line, character = pos.character, text = vim.NIL, error = err or vim.NIL }
      local r = responses and responses[client_id]
      if r and r.err then h.error = vim.inspect(r.err) end
      if r and type(r.result) == 'table' then
        h.text = markdown_text(r.result.contents)
        if r.result.range then h.range = r.result.range end
      end
      table.insert(entry.hovers, h)
    end
    table.insert(result.files, entry)
  end

  -- Graceful shutdown (shutdown request + exit notification), then wait for the process to end.
  vim.lsp.stop_client(client_id)
  vim.wait(timeout, function() return exited end, 5)
end

local spec_ok, spec = pcall(read_spec)
if not spec_ok then
  io.stderr:write('lsp-client.lua: ' .. tostring(spec) .. '\n')
  vim.cmd('cquit 2')
end

local ok, err = xpcall(main, debug.traceback, spec)
if not ok then result.error = tostring(err) end
local wrote, werr = pcall(write_result, spec.out)
if not wrote then io.stderr:write('lsp-client.lua: cannot write result: ' .. tostring(werr) .. '\n') end
if ok and wrote then vim.cmd('qa!') else vim.cmd('cquit 1') end
