#include "OpeningParagraph.h"

#include "text/SwedishTerms.h"

#include <QStringList>

namespace paragraf {

Paragraph openingParagraph(const MeetingRecord& record) {
    QStringList adjusters;
    for (Id id : record.meeting.adjusterIds)
        if (const Participant* p = record.participant(id))
            adjusters << p->name;
    const QString chosen = adjusters.isEmpty() ? QStringLiteral("…") : swedishNameList(adjusters);
    Paragraph p;
    p.meetingId = record.meeting.id;
    p.position = 0;
    p.kind = ParagraphKind::Decision;
    p.title = QStringLiteral("Upprop, protokollets justering, föregående protokoll samt "
                             "fastställande av dagordning");
    p.sections << Section{NoId, QString(),
                          QStringLiteral("- a) Upprop genomförs\n"
                                         "- b) %1 väljs att tillsammans med ordförande justera "
                                         "protokollet\n"
                                         "- c) Dagordningen fastställs\n"
                                         "- d) Föregående protokoll läggs till handlingarna\n")
                              .arg(chosen)};
    return p;
}

} // namespace paragraf
