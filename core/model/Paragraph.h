#pragma once

#include "FollowUp.h"
#include "Ids.h"
#include "Proceedings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paragraf {

enum class ParagraphKind { Decision, Information };

// A titled block of a paragraph's text ("Bakgrund", "Synpunkter från mötet"). The text is
// Markdown, so that bold, lists and tables survive and the stored form stays readable.
struct Section {
    Id id = NoId;
    QString heading;
    QString text;
};

struct Paragraph {
    Id id = NoId;
    Id meetingId = NoId;
    int position = 0; // 0-based order within the meeting
    int number = 0;   // continuous per body and calendar year
    QString title;
    QString caseNumber; // diarienummer
    ParagraphKind kind = ParagraphKind::Decision;
    QList<Id> presenterIds; // participants
    QList<Section> sections;
    QString decision;
    QStringList attachments;
    QStringList expedition; // "expedieras till"
    bool immediatelyAdjusted = false;
    Proceedings proceedings; // motions, votes, reservations of a decision
    FollowUp followUp;       // assignments, referrals, attributed remarks
};

// The paragraph's own fields (not its sections, proceedings or follow-up) are the same.
inline bool sameFields(const Paragraph& a, const Paragraph& b) {
    return a.title == b.title && a.caseNumber == b.caseNumber && a.kind == b.kind &&
           a.decision == b.decision && a.immediatelyAdjusted == b.immediatelyAdjusted &&
           a.presenterIds == b.presenterIds && a.attachments == b.attachments &&
           a.expedition == b.expedition;
}

} // namespace paragraf
