#pragma once

#include "HtmlText.h"
#include "Result.h"
#include "document/DocumentKind.h"
#include "model/MeetingRecord.h"

#include <QByteArray>

namespace paragraf {

// What to publish of a meeting on the web: the protocol (for a group that keeps notes, its
// notes) or an extract of some paragraphs; `filter` masks what is not to be published.
struct WebCopyRequest {
    DocumentKind kind = DocumentKind::Protocol; // Protocol or Extract
    QList<int> paragraphNumbers;                // for an extract
    TextFilter filter;
};

// The web copy (docs/publishing.md): one self-contained, accessible HTML5 page made from the
// same parts as the archive copy (text/), without its signature lines. Refused for a protocol
// that is not adjusted (a group's notes need only have been held), naming it.
Result<QByteArray> webCopy(const MeetingRecord& record, const WebCopyRequest& request);

// "protokoll-2024-11-11-kommunstyrelsen.html": the kind, the date and the body in letters a
// web server takes anywhere.
QString webCopyFileName(const MeetingRecord& record, const WebCopyRequest& request);

// Whether the meeting may be published: an adjusted protocol, or a group's held meeting.
Status publishable(const MeetingRecord& record);

// "Kommunstyrelsen, måndag 11 november 2024": the meeting as a page names it.
QString meetingName(const MeetingRecord& record);

// "kommunstyrelsen": lower case letters a–z and digits, runs of anything else as one "-".
QString fileNameWord(const QString& text);

} // namespace paragraf
