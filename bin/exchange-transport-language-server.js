#!/usr/bin/env node
'use strict';
// The language server for editors other than VS Code: speaks LSP over stdio unless told otherwise
// (`--node-ipc`, `--socket=<port>`, `--pipe=<name>` as vscode-languageserver reads them).
if (!process.argv.slice(2).some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) process.argv.push('--stdio');
require('../dist/server.js');
