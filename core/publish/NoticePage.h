#pragma once

#include "HtmlText.h"
#include "Result.h"
#include "model/MeetingRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace paragraf {

// The anslag of an adjusted protocol as a small accessible page (kommunallagen 8 kap. 12 §):
// the body, the meeting's date, the day of adjustment, the days the notice goes up and comes
// down, where the protocol is kept, the last day to appeal and how. `postedOn` is the day it
// goes up when the file has not recorded one yet; `webCopyFile` the web copy beside it.
Result<QByteArray> noticePage(const MeetingRecord& record, const QDate& postedOn,
                              const QString& webCopyFile, const TextFilter& filter = {});
QString noticeFileName(const MeetingRecord& record, const TextFilter& filter = {});

// One current notice on the board, as the feed and the board's page list it.
struct BoardNotice {
    MeetingRecord record;
    QString pageFile; // the anslag page beside the feed
};

// The notices of a file or server as an Atom 1.0 feed (RFC 4287) that a web site can read: an
// entry per notice with its page, the day it went up and the last day to appeal. `updated` is
// when the board was written. With `base` (where the web site serves the folder, http or https)
// the links are absolute, as feed readers that do not know the feed's own address need them.
QByteArray noticeFeed(const QList<BoardNotice>& notices, const QDateTime& updated,
                      const QUrl& base = {});
// Whether `base` may be the address the pages are served from: absolute http or https, without
// a query or a fragment.
bool isFeedBase(const QUrl& base);
// The same as a page: the board itself, a link to each notice.
QByteArray noticeBoardPage(const QList<BoardNotice>& notices, const QDate& today);

inline const char* const noticeFeedFile = "anslag.xml";
inline const char* const noticeBoardFile = "anslagstavla.html";

} // namespace paragraf
