#!/usr/bin/env bash
# One door for a fresh machine: makes sure Node 24 and the npm packages are there, then runs an npm script.
#   bash scripts/run.sh build     # builds the site on the embedded default data into dist/
#   bash scripts/run.sh test      # unit tests, then the built site in Chromium
# Node 24 comes from the npm registry when the system Node is older; it is kept in .cache/node (not in git).
set -euo pipefail
cd "$(dirname "$0")/.."

required_major=$(node -p 'require("./package.json").engines.node.match(/\d+/)[0]' 2>/dev/null || echo 24)
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major node)" -lt "$required_major" ]; then
  local_node=.cache/node/node_modules/.bin
  if [ "$(node_major "$local_node/node")" -lt "$required_major" ]; then
    echo "Henter Node $required_major fra npm-registret (systemets Node er for gammel) …" >&2
    npm install --prefix .cache/node --no-save --no-audit --no-fund "node@$required_major" >&2
  fi
  export PATH="$PWD/$local_node:$PATH"
fi
echo "Node $(node --version), npm $(npm --version)" >&2

# `npm install` rather than `npm ci`: npm 11 records only this platform's optional binaries (astro's compiler,
# pagefind) in the lockfile and `npm ci` then refuses it as out of sync. The lockfile still pins every version.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund >&2
fi

if [ "${1:-}" = test ] || [ "${1:-}" = test:e2e ]; then
  if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installerer Chromium til browsertestene …" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    else
      echo "Browsertestene kræver Chromium: installér pakken 'chromium' eller sæt CHROMIUM_PATH." >&2
      exit 1
    fi
  fi
fi

exec npm run "$@"
