#pragma once

#include "CliCommands.h"
#include "model/Ids.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <optional>

// What every paragraf-cli subcommand shares: argument parsing, messages, opening the file.
namespace paragraf::cli {

// Prints "paragraf-cli: message" on stderr and returns the exit code of failed work (1).
int failWith(const QString& message);

// Parses a subcommand's arguments. Returns an exit code when the command should stop here
// (--help given, or the arguments are wrong).
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                         const QString& description, const QStringList& positionals);

// A positive whole number (a meeting or entry id), or nothing.
std::optional<Id> idFrom(const QString& text);

// Says once on stderr why a command pauses while another program writes to the file.
void sayWhenWaiting(Database& database);

template <typename Work> int withDatabase(const QString& path, Work&& work) {
    const auto database = Database::open(path);
    if (!database)
        return failWith(database.error());
    sayWhenWaiting(*database.value());
    return work(*database.value());
}

// The subcommands for bodies, rosters and schedules (RosterCommands.cpp).
QList<Command> rosterCommands();
// The subcommands for justering (AdjustmentCommands.cpp).
QList<Command> adjustmentCommands();
// Remarks, corrections, rättelser, posting, deadlines and verify-pdf (ReviewCommands.cpp).
QList<Command> reviewCommands();
// Assignments, referrals and remarks by name (FollowUpCommands.cpp).
QList<Command> followUpCommands();

} // namespace paragraf::cli
