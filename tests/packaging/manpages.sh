#!/usr/bin/env bash
# The man pages say what the programs do: every subcommand that `paragraf-cli --help` lists has
# its section in paragraf-cli(1), and every option of each subcommand is there; paragraf(1)
# names every option of `paragraf --help`; `man --warnings` finds nothing to say of either.
#   manpages.sh PARAGRAF_CLI CLI_MANPAGE PARAGRAF GUI_MANPAGE
set -euo pipefail
cli=$1 cli_page=$2 gui=$3 gui_page=$4
export LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The page's text as man shows it, hyphens plain.
render() { MANWIDTH=200 man --warnings -E UTF-8 -l "$1" 2>"$2" | col -b | sed 's/‐/-/g'; }

cli_text=$(render "$cli_page" /tmp/manpages.$$.cli.err)
gui_text=$(render "$gui_page" /tmp/manpages.$$.gui.err)
for err in /tmp/manpages.$$.cli.err /tmp/manpages.$$.gui.err; do
    if [[ -s $err ]]; then fail "man --warnings: $(cat "$err")"; fi
    rm -f "$err"
done

commands=$("$cli" --help | awk '/^Commands:/ { inside = 1; next } inside && /^  [a-z]/ { print $1 } inside && /^$/ { exit }')
[[ $(wc -w <<<"$commands") -gt 40 ]] || fail "paragraf-cli --help lists too few commands: $commands"
sections=$(grep -E '^\.SS ' "$cli_page" | sed 's/^\.SS //; s/\\-/-/g')
if [[ "$(sort <<<"$commands")" != "$(sort <<<"$sections")" ]]; then
    fail "subcommands of --help and the man page differ:"
    diff <(sort <<<"$commands") <(sort <<<"$sections") >&2 || true
fi
for command in $commands; do
    for option in $("$cli" "$command" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
        [[ $option == --help ]] && continue
        grep -qF -- "$option" <<<"$cli_text" || fail "paragraf-cli $command $option is not in the man page"
    done
done
for section in 'EXIT STATUS' 'ENVIRONMENT' 'SEE ALSO'; do
    grep -q "^$section" <<<"$cli_text" || fail "paragraf-cli(1) has no $section"
done

for option in $("$gui" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    [[ $option == --help-all ]] && continue
    grep -qF -- "$option" <<<"$gui_text" || fail "paragraf $option is not in paragraf(1)"
done

((failures == 0)) && echo "man pages: $(wc -w <<<"$commands") subcommands, all options, no warnings"
exit $((failures > 0))
