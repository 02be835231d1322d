#pragma once

#include "CliCommands.h"
#include "i18n/TrContexts.h"
#include "model/Body.h"
#include "model/Ids.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTime>
#include <optional>

// What every paragraf-cli subcommand shares: argument parsing, messages, opening the file.
namespace paragraf::cli {

// Prints "paragraf-cli: message" on stderr and returns the exit code of failed work (1).
int failWith(const QString& message);

// Parses a subcommand's arguments, their text composed (NFC) unless an argument names an
// existing file or folder as given. Returns an exit code when the command should stop here
// (--help given, or the arguments are wrong).
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                         const QString& description, const QStringList& positionals);

// Prints "paragraf-cli: message" on stderr and returns the exit code of a usage error (2).
int usage(const QString& message);

// The one strict reader of arguments: the whole text and nothing around it (no sign, no
// spaces, no leading zeros, no time after a date), or nothing.
// A positive whole number: a meeting, entry or remark id.
std::optional<Id> idFrom(const QString& text);
// A paragraph (§) number: a positive whole number.
std::optional<int> numberFrom(const QString& text);
// "27,29" as numbers (empty for empty text); nothing when a part is not a number.
std::optional<QList<int>> numberListFrom(const QString& text);
// A year of four digits, 1900 to 2999.
std::optional<int> yearFrom(const QString& text);
// A real day written YYYY-MM-DD.
std::optional<QDate> dateFrom(const QString& text);
// A time of day written HH:MM.
std::optional<QTime> timeFrom(const QString& text);

// The date of option `name`: `otherwise` when it is not given, nothing when it is not a date.
std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name,
                                const QDate& otherwise);

// Says once on stderr why a command pauses while another program writes to the file.
void sayWhenWaiting(Database& database);

// Opens a file or a server. A server that asks for a password gets one typed at the terminal
// (not echoed) when stdin is one; libpq's own ways come first (PGPASSWORD, ~/.pgpass or
// PGPASSFILE, a service file). A password written in the address is used, with a warning.
Result<std::unique_ptr<Database>> openDatabase(const QString& path);

template <typename Work> int withDatabase(const QString& path, Work&& work) {
    const auto database = openDatabase(path);
    if (!database)
        return failWith(database.error());
    sayWhenWaiting(*database.value());
    return work(*database.value());
}

// A body by its id or its exact name (RosterCommands.cpp).
Result<Body> findBody(const Database& database, const QString& text);

// Loads the meeting named by the arguments FILE MEETING and hands the file and the meeting to
// `work`; a usage error when MEETING is not an id.
template <typename Work> int withLoadedMeeting(const QStringList& positionals, Work&& work) {
    const auto meeting = idFrom(positionals.value(1));
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id.").arg(positionals.value(1)));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto record = MeetingService(database).load(*meeting);
        if (!record)
            return failWith(record.error());
        return work(database, record.value());
    });
}

// The subcommands for bodies, rosters and schedules (RosterCommands.cpp).
QList<Command> rosterCommands();
// The subcommands for justering (AdjustmentCommands.cpp).
QList<Command> adjustmentCommands();
// Remarks, corrections, rättelser, posting, deadlines and verify-pdf (ReviewCommands.cpp).
QList<Command> reviewCommands();
// Assignments, referrals and remarks by name (FollowUpCommands.cpp).
QList<Command> followUpCommands();
// The roll call (RollCallCommands.cpp).
QList<Command> rollCallCommands();
// Who presides from which paragraph, and who signs what (PresidingCommands.cpp).
QList<Command> presidingCommands();
// Adjournments and the adjustment time (ClockCommands.cpp).
QList<Command> clockCommands();
// The body's rules and a meeting's copy of them (RulesCommands.cpp).
QList<Command> rulesCommands();
// Push a file onto the server and pull a body out of it (server/TransferCommands.cpp).
QList<Command> transferCommands();
// Search across every body and year (search/SearchCommands.cpp).
QList<Command> searchCommands();
// The web copy and the notice board (publish/PublishCommands.cpp).
QList<Command> publishCommands();
// The e-archive package (archive/ArchiveCommands.cpp).
QList<Command> archiveCommands();
// Marks for the web copy and the record of publications (publish/MarkCommands.cpp).
QList<Command> markCommands();

} // namespace paragraf::cli
