// Child of ReadOnlyFolderFileTest: a reader of a file in a folder it may not write (another
// user's), as the desk reads it: it opens the file, shows a meeting's paragraphs, and asks every
// so often whether the file changed elsewhere (MainWindow polls every 400 ms).
//   read_watcher FILE MEETING
// Prints "readonly 0|1" and "titles A|B|…" once open; then, for each line read on stdin, asks
// and prints "changed 0|1" and the titles as it reads them now.
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

using namespace paragraf;

namespace {

void printTitles(Database& database, Id meeting) {
    const auto record = MeetingService(database).load(meeting);
    if (!record) {
        std::printf("error %s\n", qPrintable(record.error()));
        return;
    }
    QStringList titles;
    for (const Paragraph& p : record.value().paragraphs)
        titles << p.title;
    std::printf("titles %s\n", qPrintable(titles.join(QLatin1Char('|'))));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto opened = Database::open(args[1]);
    if (!opened) {
        std::printf("error %s\n", qPrintable(opened.error()));
        return 1;
    }
    Database& database = *opened.value();
    const Id meeting = args[2].toLongLong();
    std::printf("readonly %d\n", database.isReadOnly() ? 1 : 0);
    printTitles(database, meeting);
    std::fflush(stdout);
    for (std::string line; std::getline(std::cin, line);) {
        std::printf("changed %d\n", database.changedElsewhere() ? 1 : 0);
        printTitles(database, meeting);
        std::fflush(stdout);
    }
    return 0;
}
