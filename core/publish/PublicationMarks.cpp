#include "PublicationMarks.h"

#include "PublishText.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/PublicationRepository.h"
#include "storage/Transaction.h"
#include "text/MeetingText.h"
#include "text/ParagraphParts.h"

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace paragraf {
namespace {

// Who works at this computer: the login's name, also where no USER is set (a service, cron).
QString userName() {
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

// On a file the program says who and when; on a server the server does (its trigger).
void stampMaker(const Database& database, QDateTime& at, QString& by) {
    if (database.isServer())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    at = now.addMSecs(-now.time().msec());
    by = userName();
}

const Paragraph* paragraphWithId(const MeetingRecord& record, Id paragraphId) {
    const auto it = std::find_if(record.paragraphs.cbegin(), record.paragraphs.cend(),
                                 [&](const Paragraph& p) { return p.id == paragraphId; });
    return it == record.paragraphs.cend() ? nullptr : &*it;
}

bool anyContains(const QStringList& texts, const QString& passage) {
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString& text) { return text.contains(passage); });
}

QString whereOf(const MeetingRecord& record, Id paragraphId) {
    const Paragraph* paragraph = paragraphWithId(record, paragraphId);
    return paragraph ? paragraphLabel(record.rules, paragraph->number)
                     : QStringLiteral("protokollet");
}

// Whether the mark's text is still where it was marked (anywhere, for one without a paragraph).
bool stillThere(const MeetingRecord& record, const PublicationMark& mark) {
    const Paragraph* paragraph = paragraphWithId(record, mark.paragraphId);
    return anyContains(paragraph ? paragraphTexts(record, *paragraph) : protocolTexts(record),
                       mark.passage);
}

} // namespace

QList<Id> StoredMarks::individualParagraphs() const {
    QList<Id> ids;
    for (const IndividualFlag& flag : individual)
        ids << flag.paragraphId;
    return ids;
}

QList<MarkStanding> StoredMarks::lost() const {
    QList<MarkStanding> gone;
    std::copy_if(passages.cbegin(), passages.cend(), std::back_inserter(gone),
                 [](const MarkStanding& m) { return !m.found; });
    return gone;
}

QString lostMarksMessage(const QList<MarkStanding>& lost) {
    QStringList lines;
    for (const MarkStanding& m : lost)
        lines
            << PublishText::tr("mark %1 in %2: \"%3\"").arg(m.mark.id).arg(m.where, m.mark.passage);
    return PublishText::tr("The text of %n marked passage(s) is no longer in the protocol, so "
                           "the web copy cannot mask it: %1. Remove the mark, or mark the text "
                           "as it is written now; nothing was published.",
                           nullptr, static_cast<int>(lost.size()))
        .arg(lines.join(QStringLiteral("; ")));
}

QStringList paragraphTexts(const MeetingRecord& record, const Paragraph& paragraph) {
    QStringList texts;
    for (const ParagraphPart& part : paragraphParts(record, paragraph)) {
        texts << part.text;
        for (const QStringList& row : part.rows)
            texts << row;
    }
    return texts;
}

QStringList protocolTexts(const MeetingRecord& record) {
    QStringList texts{record.body.name};
    for (const HeaderRow& row : protocolHeaderRows(record))
        texts << row.values;
    for (const Paragraph& p : record.paragraphs)
        texts << paragraphTexts(record, p);
    return texts;
}

Result<Id> PublicationMarkService::mark(Id meetingId, Id paragraphId, const QString& passage) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (passage.trimmed().isEmpty())
        return fail(PublishText::tr("Say which text is not to be published."));
    if (passage.size() > maximumPassage)
        return fail(PublishText::tr("A marked passage may be at most %1 characters; this one "
                                    "has %2. Mark a shorter part.")
                        .arg(maximumPassage)
                        .arg(passage.size()));
    const auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return fail(record.error());
    const Paragraph* paragraph = paragraphWithId(record.value(), paragraphId);
    if (paragraphId != NoId && !paragraph)
        return fail(PublishText::tr("The paragraph is not one of this meeting's."));
    PublicationMark mark{NoId, meetingId, paragraphId, passage, {}, {}};
    if (!stillThere(record.value(), mark))
        return fail(PublishText::tr("\"%1\" is not in %2 as it is written (a marked passage "
                                    "stands in one text and one style: mark a part without "
                                    "bold, italics or a line break).")
                        .arg(passage, whereOf(record.value(), paragraphId)));
    const auto existing = stored(record.value());
    if (!existing)
        return fail(existing.error());
    for (const MarkStanding& m : existing->passages)
        if (m.mark.paragraphId == paragraphId && m.mark.passage == passage)
            return fail(PublishText::tr("\"%1\" is marked in %2 already.")
                            .arg(passage, whereOf(record.value(), paragraphId)));
    stampMaker(m_database, mark.madeAt, mark.madeBy);
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        return PublicationRepository(connection).insertMark(mark);
    });
}

Status PublicationMarkService::unmark(Id meetingId, Id markId) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    const auto marks = PublicationRepository(connection).marks(meetingId);
    if (!marks)
        return fail(marks.error());
    if (std::none_of(marks->cbegin(), marks->cend(),
                     [&](const PublicationMark& m) { return m.id == markId; }))
        return fail(PublishText::tr("The meeting has no mark %1; paragraf-cli mark FILE MEETING "
                                    "lists them.")
                        .arg(markId));
    return inTransaction(connection,
                         [&]() { return PublicationRepository(connection).removeMark(markId); });
}

Status PublicationMarkService::setIndividual(Id meetingId, Id paragraphId, bool individual) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return fail(record.error());
    if (!paragraphWithId(record.value(), paragraphId))
        return fail(PublishText::tr("The paragraph is not one of this meeting's."));
    const auto& connection = m_database.connection();
    PublicationRepository repository(connection);
    const auto flags = repository.flags(meetingId);
    if (!flags)
        return fail(flags.error());
    const bool flagged = std::any_of(flags->cbegin(), flags->cend(), [&](const IndividualFlag& f) {
        return f.paragraphId == paragraphId;
    });
    if (flagged == individual)
        return {};
    return inTransaction(connection, [&]() -> Status {
        if (!individual)
            return repository.unflag(paragraphId);
        IndividualFlag flag{paragraphId, {}, {}};
        stampMaker(m_database, flag.madeAt, flag.madeBy);
        return repository.flag(flag);
    });
}

Result<StoredMarks> PublicationMarkService::stored(const MeetingRecord& record) const {
    const PublicationRepository repository(m_database.connection());
    const auto marks = repository.marks(record.meeting.id);
    if (!marks)
        return fail(marks.error());
    const auto flags = repository.flags(record.meeting.id);
    if (!flags)
        return fail(flags.error());
    StoredMarks result;
    for (const PublicationMark& mark : marks.value())
        result.passages << MarkStanding{mark, whereOf(record, mark.paragraphId),
                                        stillThere(record, mark)};
    result.individual = flags.value();
    return result;
}

Result<StoredMarks> PublicationMarkService::stored(Id meetingId) const {
    const auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return fail(record.error());
    return stored(record.value());
}

Result<Id> PublicationMarkService::recordPublication(Publication publication) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    stampMaker(m_database, publication.madeAt, publication.madeBy);
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        return PublicationRepository(connection).insertPublication(publication);
    });
}

Result<QList<Publication>> PublicationMarkService::publications(Id meetingId) const {
    return PublicationRepository(m_database.connection()).publications(meetingId);
}

} // namespace paragraf
