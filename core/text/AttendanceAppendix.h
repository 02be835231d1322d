#pragma once

#include "model/MeetingRecord.h"

#include <QList>
#include <QStringList>

namespace paragraf {

// The protocol's optional appendix "Tjänstgöring och omröstningar": for each paragraph who
// served (substitutes with the member they replaced) and, where a vote was held, how each voted.
// The first row is the header.
QList<QStringList> attendanceAppendixRows(const MeetingRecord& record);

} // namespace paragraf
