#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "rules/FieldLimits.h"
#include "storage/Database.h"
#include "storage/ParagraphRepository.h"
#include "storage/Transaction.h"

// The typing path of MeetingService: a section's text and heading and a paragraph's own fields,
// each written as compare-and-set against what the writer last read, nothing else read back.
namespace paragraf {

namespace {
// `server`: said of the server the desk shows, not of a file (the desk reads it again from there).
Status changedMeanwhile(const Result<bool>& written, const QString& what, bool server = false) {
    if (!written)
        return fail(written.failure());
    if (written.value())
        return {};
    return conflict(
        (server
             ? MeetingServiceText::tr("%1 was changed by someone else (another desk or program) "
                                      "while you were writing; your change was not saved. What the "
                                      "server holds now is shown.")
             : MeetingServiceText::tr("%1 was changed by someone else (another window or program) "
                                      "while you were writing; your change was not saved. What the "
                                      "file holds now is shown."))
            .arg(what));
}
} // namespace

// The typing path: one write transaction holding the lock check and the update, nothing else.
Status MeetingService::writeSectionText(Id sectionId, const QString& text,
                                        const std::function<Status()>& write) {
    if (auto length = checkLength(FieldLimitText::tr("A section's text"), text, limits::text);
        !length)
        return length;
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        const auto status = ParagraphRepository(connection).meetingStatusOfSection(sectionId);
        if (!status)
            return fail(status.error());
        if (auto editable = editableIn(status.value()); !editable)
            return editable;
        return write();
    });
}

Status MeetingService::updateSectionText(Id sectionId, const QString& text) {
    return writeSectionText(sectionId, text, [&] {
        return ParagraphRepository(m_database.connection()).updateSectionText(sectionId, text);
    });
}

Status MeetingService::updateSectionText(Id sectionId, const QString& seen, const QString& text) {
    return writeSectionText(sectionId, text, [&] {
        return changedMeanwhile(
            ParagraphRepository(m_database.connection()).updateSectionTextIf(sectionId, seen, text),
            MeetingServiceText::tr("The text"), m_database.isServer());
    });
}

Status MeetingService::updateSectionHeading(Id sectionId, const QString& seen,
                                            const QString& heading) {
    if (auto length =
            checkLength(FieldLimitText::tr("A section heading"), heading, limits::heading);
        !length)
        return length;
    const auto& connection = m_database.connection();
    ParagraphRepository paragraphs(connection);
    const auto meetingId = editableMeetingOf(paragraphs.meetingOfSection(sectionId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Status {
        return changedMeanwhile(paragraphs.updateSectionHeadingIf(sectionId, seen, heading),
                                MeetingServiceText::tr("The section heading"),
                                m_database.isServer());
    });
}

// A change replayed from the offline journal passes here as a typed one does: the same limits.
Status MeetingService::changeParagraphFields(const Paragraph& seen, const Paragraph& wanted) {
    if (auto length = checkParagraphLengths(wanted); !length)
        return length;
    if (auto editable = requireEditable(seen.meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    using Field = ParagraphRepository::Field;
    return inTransaction(connection, [&]() -> Status {
        ParagraphRepository paragraphs(connection);
        const auto stored = paragraphs.meetingOfParagraph(seen.id);
        if (!stored || stored.value() != seen.meetingId)
            return conflict(MeetingServiceText::tr(
                "The paragraph is no longer in this meeting; someone else may have deleted it."));
        const struct {
            Field field;
            QVariant before, after;
            QString name;
        } scalars[] = {
            {Field::Title, seen.title, wanted.title, MeetingServiceText::tr("The title")},
            {Field::CaseNumber, seen.caseNumber, wanted.caseNumber,
             MeetingServiceText::tr("The case number")},
            {Field::Kind, codeOf(seen.kind), codeOf(wanted.kind),
             MeetingServiceText::tr("The kind of paragraph")},
            {Field::Decision, seen.decision, wanted.decision,
             MeetingServiceText::tr("The decision")},
            {Field::ImmediatelyAdjusted, seen.immediatelyAdjusted ? 1 : 0,
             wanted.immediatelyAdjusted ? 1 : 0, MeetingServiceText::tr("Immediate adjustment")},
        };
        for (const auto& f : scalars)
            if (f.before != f.after)
                if (auto written = changedMeanwhile(
                        paragraphs.updateFieldIf(seen.id, f.field, f.before, f.after), f.name,
                        m_database.isServer());
                    !written)
                    return written;
        const bool listsChanged =
            seen.attachments != wanted.attachments || seen.expedition != wanted.expedition;
        if (!listsChanged && seen.presenterIds != wanted.presenterIds)
            return changePresenters(paragraphs, seen, wanted.presenterIds);
        if (!listsChanged)
            return {};
        const auto now = paragraphs.paragraph(seen.id);
        if (!now)
            return fail(now.failure());
        if (now->presenterIds != seen.presenterIds || now->attachments != seen.attachments ||
            now->expedition != seen.expedition)
            return changedMeanwhile(false, MeetingServiceText::tr("The presenters or lists"));
        if (seen.presenterIds != wanted.presenterIds)
            if (auto status = paragraphs.setPresenters(seen.id, wanted.presenterIds); !status)
                return status;
        if (seen.attachments != wanted.attachments)
            if (auto status =
                    paragraphs.setLines(seen.id, QStringLiteral("attachment"), wanted.attachments);
                !status)
                return status;
        if (seen.expedition != wanted.expedition)
            return paragraphs.setLines(seen.id, QStringLiteral("expedition"), wanted.expedition);
        return {};
    });
}

namespace {
// The one presenter chosen (last) or unchosen, else the list as a whole (a new order).
Status writePresenters(ParagraphRepository& paragraphs, Id paragraphId, const QList<Id>& seen,
                       const QList<Id>& wanted) {
    if (wanted.size() == seen.size() + 1 && wanted.mid(0, seen.size()) == seen)
        return paragraphs.appendPresenter(paragraphId, static_cast<int>(seen.size()),
                                          wanted.last());
    if (wanted.size() + 1 == seen.size())
        for (int i = 0; i < seen.size(); ++i) {
            QList<Id> without = seen;
            without.removeAt(i);
            if (without == wanted)
                return paragraphs.removePresenterAt(paragraphId, i);
        }
    return paragraphs.setPresenters(paragraphId, wanted);
}
} // namespace

// Presenters alone, as chosen at the desk: compared with this paragraph's rows, not the meeting.
Status MeetingService::changePresenters(ParagraphRepository& paragraphs, const Paragraph& seen,
                                        const QList<Id>& wanted) {
    const auto now = paragraphs.presenters(seen.id);
    if (!now)
        return fail(now.failure());
    if (now.value() != seen.presenterIds)
        return changedMeanwhile(false, MeetingServiceText::tr("The presenters or lists"));
    return writePresenters(paragraphs, seen.id, seen.presenterIds, wanted);
}

Status MeetingService::updateSectionHeading(Id sectionId, const QString& heading) {
    if (auto length =
            checkLength(FieldLimitText::tr("A section heading"), heading, limits::heading);
        !length)
        return length;
    const auto& connection = m_database.connection();
    ParagraphRepository paragraphs(connection);
    const auto meetingId = editableMeetingOf(paragraphs.meetingOfSection(sectionId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Status {
        return paragraphs.updateSectionHeading(sectionId, heading);
    });
}

} // namespace paragraf
