#pragma once

#include "ArchiveFile.h"
#include "model/MeetingRecord.h"

#include <QByteArray>
#include <QDateTime>

namespace paragraf {

// The package's preservation metadata as PREMIS 3.0 (docs/e-archive.md): an object per file with
// its SHA-256, size and format (PRONOM where known), the events of each protocol — adjusted,
// signed (by whom, how), each rättelse, posted and taken down — with their dates and agents,
// and the package's own making by Paragraf at `createdAt`. `meetings` says which files are
// each record's.
QByteArray premisXml(const QList<ArchiveFile>& files, const QList<MeetingRecord>& records,
                     const QList<ArchivedMeeting>& meetings, const QDateTime& createdAt);

} // namespace paragraf
