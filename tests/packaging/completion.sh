#!/usr/bin/env bash
# bash completion for paragraf-cli: the subcommands, each one's options and the values of the
# options that take a fixed list, as a person sees them after pressing Tab.
#   completion.sh COMPLETION_FILE DIRECTORY_OF_PARAGRAF_CLI
set -uo pipefail
completion=$1
export PATH="$2:$PATH" LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
bash_completion=/usr/share/bash-completion/bash_completion
[[ -r $bash_completion ]] || { echo "FAIL: $bash_completion missing (package bash-completion)" >&2; exit 1; }
# shellcheck disable=SC1090
source "$bash_completion"
source "$completion"
failures=0

# What Tab offers after the words of a command line (the last one is being typed).
offered() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _paragraf_cli paragraf-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() {
    local want=$1; shift
    local got
    got=$(offered "$@")
    if [[ "$got" != "$want" ]]; then
        echo "FAIL: '$*' offers '$got', expected '$want'" >&2
        failures=$((failures + 1))
    fi
}

expect "export export-json " paragraf-cli exp
expect "schedule schedule-add schedule-export " paragraf-cli sched
expect "--kind " paragraf-cli export x.paragraf 1 --ki
expect "notes notice " paragraf-cli export x.paragraf 1 --kind no
expect "odt pdf " paragraf-cli export x.paragraf 1 --format ""
expect "--dry-run --from --help " paragraf-cli roster-import x.paragraf B r.csv --
# Every subcommand is offered on an empty word.
count=$(offered paragraf-cli "" | wc -w)
listed=$(paragraf-cli --help | awk '/^Commands:/ { i = 1; next } i && /^  [a-z]/ { n++ } i && /^$/ { exit } END { print n }')
if ((count != listed + 1)); then # and --help
    echo "FAIL: an empty word offers $count, --help lists $listed commands" >&2
    failures=$((failures + 1))
fi
# Files: a .paragraf file and a folder are offered for FILE, other files not.
dir=$(mktemp -d)
mkdir "$dir/mapp"
touch "$dir/nämnd.paragraf" "$dir/bild.png"
expect "$dir/mapp $dir/nämnd.paragraf " paragraf-cli list "$dir/"
rm -rf "$dir"
((failures == 0)) && echo "completion: all offered as expected"
exit $((failures > 0))
