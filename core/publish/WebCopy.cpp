#include "WebCopy.h"

#include "MarkdownHtml.h"
#include "PublishText.h"
#include "WebParts.h"
#include "document/DocumentBuilder.h"
#include "text/AdjustmentParts.h"
#include "text/AttendanceAppendix.h"
#include "text/CanonicalForm.h"
#include "text/NoticeBoard.h"
#include "text/SwedishTerms.h"

namespace paragraf {
namespace {

bool notesBody(const MeetingRecord& record) {
    return record.body.kind == BodyKind::Notes;
}

// "Protokoll", "Protokollsutdrag", "Minnesanteckningar".
QString kindName(const MeetingRecord& record, DocumentKind kind) {
    const QString title = documentTitleOf(
        kind == DocumentKind::Protocol && notesBody(record) ? DocumentKind::Notes : kind,
        notesBody(record));
    return title.left(1) + title.mid(1).toLower();
}

// Under the h1: the day it was adjusted and the checksum, in words; what the page is.
void writeAdjustedLine(HtmlWriter& out, const MeetingRecord& record) {
    if (notesBody(record))
        return;
    out.element(QStringLiteral("p"), QStringLiteral("Justerat den %1 (%2).")
                                         .arg(swedishDate(adjustedOnOf(record)),
                                              adjustedOnOf(record).toString(Qt::ISODate)));
    out.open(QStringLiteral("p"));
    out.raw(QStringLiteral("Kontrollsumma (SHA-256, kanonisk form 1): "));
    out.open(QStringLiteral("span"), QStringLiteral("class=\"kontrollsumma\""));
    out.verbatim(groupedHash(contentHash(record)));
    out.close(QStringLiteral("span"));
    out.close(QStringLiteral("p"));
    out.newline();
    out.element(QStringLiteral("p"),
                QStringLiteral("Detta är en webbkopia för läsning. Det justerade protokollet med "
                               "underskrifter är arkivexemplaret."),
                QStringLiteral("class=\"not\""));
}

void writeContents(HtmlWriter& out, const MeetingRecord& record) {
    out.open(QStringLiteral("nav"), QStringLiteral("aria-labelledby=\"innehall\""));
    out.element(QStringLiteral("h2"), QStringLiteral("Innehållsförteckning"),
                idAttribute(QStringLiteral("innehall")));
    out.open(QStringLiteral("ol"), QStringLiteral("class=\"innehall\""));
    out.newline();
    for (const Paragraph& p : record.paragraphs) {
        out.open(QStringLiteral("li"));
        out.open(QStringLiteral("a"),
                 QStringLiteral("href=\"#") + paragraphAnchor(p) + QLatin1Char('"'));
        out.text(paragraphLabel(record.rules, p.number) + QLatin1Char(' ') + p.title);
        out.close(QStringLiteral("a"));
        out.close(QStringLiteral("li"));
        out.newline();
    }
    out.close(QStringLiteral("ol"));
    out.close(QStringLiteral("nav"));
    out.newline();
}

void writeAppendix(HtmlWriter& out, const AttendanceAppendix& appendix) {
    out.element(QStringLiteral("h2"), appendix.title, idAttribute(QStringLiteral("bilaga")));
    out.element(QStringLiteral("p"), appendix.legend, QStringLiteral("class=\"not\""));
    for (int t = 0; t < appendix.tables.size(); ++t) {
        const QString caption = appendix.tables.size() == 1 ? appendix.title
                                                            : QStringLiteral("%1, del %2 av %3")
                                                                  .arg(appendix.title)
                                                                  .arg(t + 1)
                                                                  .arg(appendix.tables.size());
        writeTable(out, appendix.tables[t].rows, caption);
    }
    for (const QString& note : appendix.notes)
        out.element(QStringLiteral("p"), note);
}

void writeProtocol(HtmlWriter& out, const MeetingRecord& record) {
    writeHeaderSection(out, QStringLiteral("Sammanträdet"), QStringLiteral("sammantradet"),
                       protocolHeaderRows(record));
    if (!notesBody(record))
        writeNoticeSection(out, record);
    writeContents(out, record);
    for (const Paragraph& p : record.paragraphs)
        writeParagraph(out, record, p);
    if (!notesBody(record) && record.rules.attendanceAppendix)
        writeAppendix(out, attendanceAppendix(record));
    if (const auto adjustment = adjustmentRecordParts(record); !adjustment.isEmpty())
        writeAdjustmentRecord(out, adjustment);
}

} // namespace

Status publishable(const MeetingRecord& record) {
    if (notesBody(record) && record.meeting.status < MeetingStatus::InProgress)
        return fail(PublishText::tr("The meeting of %1 has not been held; there are no notes to "
                                    "publish.")
                        .arg(meetingName(record)));
    if (!notesBody(record) && !isLocked(record.meeting.status))
        return fail(PublishText::tr("The protocol of %1 is not adjusted, so it is not published: "
                                    "only an adjusted protocol goes on the web and the notice "
                                    "board.")
                        .arg(meetingName(record)));
    return {};
}

QString meetingName(const MeetingRecord& record) {
    return record.body.name + QStringLiteral(", ") + swedishDate(record.meeting.date);
}

Result<QByteArray> webCopy(const MeetingRecord& record, const WebCopyRequest& request) {
    if (request.kind != DocumentKind::Protocol && request.kind != DocumentKind::Extract)
        return fail(PublishText::tr("Only a protocol or an extract has a web copy."));
    if (const Status allowed = publishable(record); !allowed)
        return fail(allowed.error());
    HtmlWriter out(request.filter);
    const QString title =
        kindName(record, request.kind) + QStringLiteral(" – ") + meetingName(record);
    out.element(QStringLiteral("h1"), title);
    writeAdjustedLine(out, record);
    if (request.kind == DocumentKind::Extract) {
        const auto chosen = parts::chosenParagraphs(record, request.paragraphNumbers);
        if (!chosen)
            return fail(chosen.error());
        QList<int> numbers; // in order, as the archive copy's extract lists them
        for (const Paragraph& p : chosen.value())
            numbers << p.number;
        writeHeaderSection(out, QStringLiteral("Sammanträdet"), QStringLiteral("sammantradet"),
                           extractHeaderRows(record, numbers));
        for (const Paragraph& p : chosen.value())
            writeParagraph(out, record, p);
    } else {
        writeProtocol(out, record);
    }
    return htmlPage(out.filtered(title), out.html());
}

QString fileNameWord(const QString& text) {
    QString word;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            word += c;
        else if (c.category() != QChar::Mark_NonSpacing && !word.endsWith(QLatin1Char('-')))
            word += QLatin1Char('-');
    }
    while (word.startsWith(QLatin1Char('-')))
        word.remove(0, 1);
    while (word.endsWith(QLatin1Char('-')))
        word.chop(1);
    return word.left(60);
}

QString webCopyFileName(const MeetingRecord& record, const WebCopyRequest& request) {
    QString name = fileNameWord(kindName(record, request.kind)) + QLatin1Char('-') +
                   record.meeting.date.toString(Qt::ISODate);
    if (const QString body =
            fileNameWord(request.filter ? request.filter(record.body.name) : record.body.name);
        !body.isEmpty())
        name += QLatin1Char('-') + body;
    if (request.kind == DocumentKind::Extract) {
        QStringList numbers;
        for (int n : request.paragraphNumbers)
            numbers << QString::number(n);
        name += QStringLiteral("-p") + numbers.join(QLatin1Char('-'));
    }
    return name + QStringLiteral(".html");
}

} // namespace paragraf
