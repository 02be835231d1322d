// Child process of the crash test: edits a meeting as fast as it can and prints one line per
// edit *after* the service call returned (committed), until the parent kills it.
//   crash_writer FILE MEETING SECTION
//   crash_writer FILE          opens the file and closes it again, as any second process would
//   crash_writer FILE MEETING  adds one paragraph to the meeting and says whether it could
// Lines: "text N" (the section now reads "edit N") or "paragraph N" (a paragraph titled "Edit N").
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <cstdio>

using namespace paragraf;

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 4)
        return 2;
    auto database = Database::open(args[1]);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    if (args.size() == 2)
        return 0;
    if (args.size() == 3) {
        Paragraph p;
        p.meetingId = args[2].toLongLong();
        p.title = QStringLiteral("One more");
        const auto added = MeetingService(*database.value()).addParagraph(p);
        if (!added)
            std::fprintf(stderr, "%s\n", qPrintable(added.error()));
        return added ? 0 : 1;
    }
    MeetingService service(*database.value());
    const Id meeting = args[2].toLongLong();
    const Id section = args[3].toLongLong();
    for (int i = 0;; ++i) {
        if (i % 3 == 2) {
            Paragraph p;
            p.meetingId = meeting;
            p.position = i % 2 == 0 ? 0 : 1000;
            p.title = QStringLiteral("Edit %1").arg(i);
            if (!service.addParagraph(p))
                return 1;
            std::printf("paragraph %d\n", i);
        } else {
            if (!service.updateSectionText(section, QStringLiteral("edit %1 – åäö").arg(i)))
                return 1;
            std::printf("text %d\n", i);
        }
        std::fflush(stdout);
    }
}
