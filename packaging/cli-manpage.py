#!/usr/bin/env python3
"""Writes paragraf-cli(1) from the program's own help, so that the man page cannot drift from it.

    cli-manpage.py PARAGRAF_CLI VERSION DATE OUT

`paragraf-cli --help` gives the subcommands and their summaries; `paragraf-cli NAME --help` gives
each one's usage, description, options and arguments (QCommandLineParser's layout). The help is
read in English (LANGUAGE=en); the text around it (exit codes, servers) is written here.
"""
import os
import re
import subprocess
import sys


def run_help(program, *arguments):
    environment = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8",
                       QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([program, *arguments, "--help"], capture_output=True, text=True,
                          env=environment, check=True)
    return done.stdout


def roff(text):
    """Text safe in a roff line: backslashes and hyphens escaped, no control character first."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def subcommands(program):
    """(name, summary) for every line under 'Commands:' of the top-level help."""
    found = []
    inside = False
    for line in run_help(program).splitlines():
        if line.startswith("Commands:"):
            inside = True
        elif inside and line.startswith("  "):
            name, _, summary = line.strip().partition(" ")
            found.append((name, summary.strip()))
        elif inside and line.strip() == "":
            break
    return found


def sections(help_text):
    """The usage line, description lines and the option/argument entries of a subcommand."""
    usage, description, entries = "", [], {"Options:": [], "Arguments:": []}
    current = None
    for line in help_text.splitlines():
        if line.startswith("Usage:"):
            usage = line[len("Usage:"):].strip()
        elif line in entries:
            current = entries[line]
        elif current is None and line.strip():
            description.append(line.strip())
        elif current is not None and line.strip():
            match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
            if match and not line.startswith("      " + " " * 20):
                current.append([match.group(1), match.group(2) or ""])
            elif current:
                current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
    return usage, description, entries["Options:"], entries["Arguments:"]


HEAD = r""".TH PARAGRAF\-CLI 1 "{date}" "Paragraf {version}" "User Commands"
.SH NAME
paragraf\-cli \- minutes and protocols of Swedish municipal bodies, from the command line
.SH SYNOPSIS
.B paragraf\-cli
.I COMMAND
.RI [ options ]
.I arguments
.br
.B paragraf\-cli \-\-help
.br
.B paragraf\-cli
.I COMMAND
.B \-\-help
.SH DESCRIPTION
.B paragraf\-cli
shares its core with the desk,
.BR paragraf (1).
Every subcommand works on a Paragraf database
.IR FILE :
a file (usually ending in
.IR .paragraf ),
or an organisation's PostgreSQL server, given as
.I postgresql://host/database
(also
.IR postgres:// ,
with
.IR user@ ,
.I :port
and
.IR ?sslmode=... )
or as a libpq connection string such as
.IR "\(dqhost=paragraf.kommun.se dbname=paragraf\(dq" .
The password comes from
.IR ~/.pgpass ,
.B PGPASSWORD
or Kerberos.
Messages follow the system language (Swedish or English); protocol text is always Swedish.
.PP
Every command also takes
.B \-h\fR, \fB\-\-help
(its options, as below) and
.B \-\-help\-all
(also Qt's own options).
.SH COMMANDS
"""

TAIL = r""".SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
The work failed; a one\-line message on standard error says why.
.B verify
and
.B signatories
also exit 1 when the protocol is not adjusted, not intact or not signed by all.
.TP
.B 2
A usage error: an unknown command or option, or missing arguments.
.SH ENVIRONMENT
.TP
.B LANGUAGE\fR, \fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG
Swedish messages when the system language is Swedish, else English.
.TP
.B PGPASSWORD\fR, \fBPGSERVICEFILE
As for every libpq program, for a server.
.SH EXAMPLES
.nf
paragraf\-cli demo exempel.paragraf
paragraf\-cli list exempel.paragraf
paragraf\-cli export exempel.paragraf 6 \-\-kind protocol \-\-format pdf \-\-out protokoll.pdf
.fi
.SH SEE ALSO
.BR paragraf (1)
.PP
The handbook:
.I /usr/share/doc/paragraf/handbok/handbok\-sv.html
"""


def main():
    program, version, date, out = sys.argv[1:5]
    page = [HEAD.format(version=version, date=date)]
    for name, summary in subcommands(program):
        usage, description, options, arguments = sections(run_help(program, name))
        page.append(".SS %s\n" % roff(name))
        page.append(".B paragraf\\-cli %s\n" % roff(name))
        rest = usage.split(None, 1)[1] if " " in usage else ""
        page.append("%s\n.PP\n" % roff(rest.replace("[options]", "[options]")))
        page.append("%s\n" % roff(" ".join(description) or summary))
        for flags, text in options:
            if flags.startswith(("-h, --help", "--help-all")):
                continue
            page.append(".TP\n.B %s\n%s\n" % (roff(flags), roff(text)))
    page.append(TAIL)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("".join(page))


if __name__ == "__main__":
    main()
