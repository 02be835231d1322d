#pragma once

#include <QStringList>

// The subcommands of paragraf-cli. Each parses its own arguments (with --help), calls core and
// returns the process exit code: 0 on success, 1 when the work failed, 2 for a usage error.
namespace paragraf::cli {

struct Command {
    const char* name;
    const char* summary; // for tr() in the command list
    int (*run)(const QStringList& arguments);
};

const QList<Command>& commands();

} // namespace paragraf::cli
