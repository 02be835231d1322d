#pragma once

#include "model/MeetingSummary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paragraf {

// "6<TAB>Body<TAB>2024-11-11<TAB>draft<TAB>26–31": one line per meeting, id first, for people
// and for scripts (cut -f). Status is the stable code, not a translation.
QString meetingListLine(const MeetingSummary& summary);
QByteArray meetingListJson(const QList<MeetingSummary>& summaries);

} // namespace paragraf
