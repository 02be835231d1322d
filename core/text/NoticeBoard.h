#pragma once

#include "MeetingText.h"
#include "model/MeetingRecord.h"

#include <QDate>
#include <QString>

namespace paragraf {

// What the notice board says of a protocol (kommunallagen 8 kap. 12 §): the same facts for the
// block on the protocol's first page, the anslagsbevis, and the anslag published on the web.
struct NoticeBoardFacts {
    bool adjusted = false;
    QString title; // the body's own wording, or "ANSLAG/BEVIS – Protokollet är justerat. …"
    QDate postedOn;
    QDate takenDownOn;
    QString keptAt; // förvaringsplats för protokollet; empty when the body has not said
    NoticeRules notice;
};

// The dates recorded in the file win over the ones asked for: the certificate attests them.
// Before the adjustment nothing can be posted: the dates stay open.
NoticeBoardFacts noticeBoardFacts(const MeetingRecord& record, const QDate& requestedPostedOn);

// "Den som vill överklaga beslutens laglighet ska göra det inom tre veckor …".
QString appealInstructions();

// The header of a protokollsutdrag: date, time and place, the paragraphs, the adjustment and,
// when the protocol was signed in parts, who signed for these paragraphs.
QList<HeaderRow> extractHeaderRows(const MeetingRecord& record, const QList<int>& numbers);

} // namespace paragraf
