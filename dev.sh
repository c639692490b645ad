#!/bin/sh
# newsetl's two entry points, each installing what it needs first (uv is bootstrapped if absent).
#   ./dev.sh demo   install, ingest the bundled sample articles, print a summary and a query
#   ./dev.sh test   install with test tools, then lint, type-check and run the whole test suite
set -eu
cd "$(dirname "$0")"

uv_command() {
    if command -v uv >/dev/null 2>&1; then echo uv; return; fi
    if python3 -m uv --version >/dev/null 2>&1; then echo "python3 -m uv"; return; fi
    echo "uv not found: installing it with pip (user site)" >&2
    python3 -m pip install --quiet --user uv >&2 \
        || python3 -m pip install --quiet --user --break-system-packages uv >&2
    echo "python3 -m uv"
}

# The Prefect UI test drives a real browser: Debian's Chromium (no download at run time).
need_chromium() {
    if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
        return
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "chromium not found: installing Debian's chromium with apt-get" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        return
    fi
    echo "./dev.sh test needs Chromium for the Prefect UI test: run 'sudo apt-get install chromium' (Debian/Ubuntu) and try again" >&2
    exit 1
}

UV=$(uv_command)
case "${1:-}" in
    demo)
        $UV sync --frozen --no-dev
        $UV run --frozen --no-dev newsetl demo
        ;;
    test)
        need_chromium
        $UV sync --frozen --all-extras
        $UV run --frozen ruff check .
        $UV run --frozen ruff format --check .
        $UV run --frozen mypy
        $UV run --frozen pytest -q
        ;;
    *)
        echo "usage: ./dev.sh demo | test" >&2
        exit 2
        ;;
esac
