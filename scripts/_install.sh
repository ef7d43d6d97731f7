# Sourced by scripts/start and scripts/test: makes .venv, installs the project with the
# pinned versions of constraints.txt, and compiles the interface translations.
# Reinstalls only when pyproject.toml or constraints.txt changed.

install_project() {
    local extras="$1"
    local python="${PYTHON:-python3}"

    if [ ! -x .venv/bin/python ]; then
        if ! "$python" -m venv .venv >/dev/null 2>&1; then
            rm -rf .venv
            if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
                echo "Installing Python's venv module (python3-venv)..."
                apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
                "$python" -m venv .venv
            else
                echo "Python's venv module is missing: run 'sudo apt-get install python3-venv' and try again." >&2
                exit 1
            fi
        fi
    fi

    local stamp=".venv/.installed${extras}"
    local wanted
    wanted="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        echo "Installing Python packages into .venv (the first time takes a few minutes)..."
        .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".${extras}" \
            > .venv/install.log 2>&1 || { cat .venv/install.log >&2; exit 1; }
        echo "$wanted" > "$stamp"
    fi

    .venv/bin/python scripts/compile_messages.py
}
