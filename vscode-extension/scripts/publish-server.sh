#!/usr/bin/env bash
# Publishes the language server into vscode-extension/server/ as a framework-dependent build (only
# EditorialLint.LanguageServer.dll and its dependencies; the extension runs it with `dotnet`, .NET 10 runtime).
set -euo pipefail
EXT=$(cd "$(dirname "$0")/.." && pwd)
PROJECT="$EXT/../src/EditorialLint.LanguageServer"
if ! command -v dotnet >/dev/null; then
  echo "publish-server: dotnet (the .NET 10 SDK) is needed to build the language server" >&2
  exit 1
fi
rm -rf "$EXT/server"
dotnet publish "$PROJECT" -c Release -o "$EXT/server" --nologo -v quiet \
  -p:UseAppHost=false -p:DebugType=none -p:GenerateDocumentationFile=false
if [ ! -f "$EXT/server/EditorialLint.LanguageServer.dll" ]; then
  echo "publish-server: $EXT/server/EditorialLint.LanguageServer.dll was not produced" >&2
  exit 1
fi
echo "publish-server: $(ls "$EXT/server" | wc -l) files in $EXT/server"
