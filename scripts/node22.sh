# Sourced by the set-up scripts: puts Node 22 or newer on PATH. These machines ship
# Node 20; Node 22 comes from the npm registry (the `node` package) into a cache folder.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  NODE22_PREFIX="${NODE22_PREFIX:-$HOME/.cache/bcd-node22}"
  if [ ! -x "$NODE22_PREFIX/node_modules/.bin/node" ]; then
    echo "Installing Node 22 from the npm registry into $NODE22_PREFIX" >&2
    mkdir -p "$NODE22_PREFIX"
    npm install --prefix "$NODE22_PREFIX" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
  fi
  export PATH="$NODE22_PREFIX/node_modules/.bin:$PATH"
fi
echo "Node $(node --version)" >&2
