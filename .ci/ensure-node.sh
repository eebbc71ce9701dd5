# Source this file (`. .ci/ensure-node.sh`) to get Node >= 22.12 on PATH.
# Astro 7 needs it; when the machine's Node is older, an official Node 24 build
# is installed from the npm registry's `node` package into ~/.local/node24.
_node_ok() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}
if ! _node_ok; then
  _node_dir="${NODE24_DIR:-$HOME/.local/node24}"
  if [ ! -x "$_node_dir/node_modules/.bin/node" ]; then
    npm install --silent --no-fund --no-audit --prefix "$_node_dir" node@24
  fi
  export PATH="$_node_dir/node_modules/.bin:$PATH"
  unset _node_dir
fi
unset -f _node_ok
echo "node $(node --version)"
