# Source this file (`. .ci/ensure-node.sh`) to get a Node that package.json's
# `engines` allows (^22.22.3 || ^24.16.0 || >=26.3.0: the floor of the linter's
# Astro parser; Astro's own dependencies need 22.19, and the bench needs type
# stripping on by default and import.meta.main, which 22.12 lacks).
# When the machine's Node is outside it, an official Node 24 build is installed
# from the npm registry's `node` package into ~/.local/node24.
_node_ok() {
  node -e 'const [a, b, c] = process.versions.node.split(".").map(Number);
    const ok = (a === 22 && (b > 22 || (b === 22 && c >= 3))) || (a === 24 && b >= 16) || a > 26 || (a === 26 && b >= 3);
    process.exit(ok ? 0 : 1)' 2>/dev/null
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
