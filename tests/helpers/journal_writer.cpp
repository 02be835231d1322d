// Child process of the offline tests: a desk session on a server that types into a section.
//   journal_writer ADDRESS MEETING SECTION JOURNAL_FOLDER
// Types "x" and says "online" once it is saved on the server; then waits for a line on stdin
// (the parent has stopped the server meanwhile) and types "a", "b", … one at a time, saying
// "kept N" once the N-th is in the offline journal on the disk, until the parent kills it.
#include "desk/MeetingSession.h"
#include "services/MeetingService.h"
#include "services/TypedJournal.h"
#include "storage/Database.h"

#include <QApplication>
#include <QThread>
#include <cstdio>
#include <iostream>
#include <string>

using namespace paragraf;

namespace {
// Runs the event loop until `done`, at most ~20 s.
template <typename Done> bool waitFor(Done done) {
    for (int i = 0; i < 2000 && !done(); ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    return done();
}
} // namespace

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    TypedJournal::setFolder(args[4]);
    auto database = Database::open(args[1]);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    const Id meetingId = args[2].toLongLong();
    const Id sectionId = args[3].toLongLong();
    auto record = MeetingService(*database.value()).load(meetingId);
    if (!record)
        return 1;
    MeetingSession session(*database.value(), std::move(record).value());
    QString text = session.section(sectionId)->text + QLatin1Char('x');
    session.saveSectionText(sectionId, text);
    if (!waitFor([&] { return session.settleTyped(); }))
        return 1;
    std::printf("online\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go);
    const TypedJournal journal(database.value()->path(), meetingId);
    for (int i = 0;; ++i) {
        text += QChar(u'a' + i % 26);
        session.saveSectionText(sectionId, text);
        const bool kept = waitFor([&] {
            const auto changes = journal.read();
            return changes && !changes->isEmpty() && changes->last().wanted == text;
        });
        if (!kept)
            return 1;
        std::printf("kept %d\n", i + 1);
        std::fflush(stdout);
    }
}
