#include "ReviewService.h"

#include "AdjustmentService.h"
#include "i18n/TrContexts.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <algorithm>

namespace paragraf {
namespace {

const Paragraph* paragraphIn(const MeetingRecord& record, Id paragraphId) {
    for (const auto& p : record.paragraphs)
        if (p.id == paragraphId)
            return &p;
    return nullptr;
}

const Section* sectionIn(const Paragraph& paragraph, Id sectionId) {
    for (const auto& s : paragraph.sections)
        if (s.id == sectionId)
            return &s;
    return nullptr;
}

bool isSignatory(const MeetingRecord& record, Id participantId) {
    const auto all = AdjustmentService::signatories(record);
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const Signatory& s) { return s.participantId == participantId; });
}

// A remark that still waits for its answer.
Result<Remark> openRemark(const ReviewRepository& review, Id remarkId) {
    auto remark = review.remark(remarkId);
    if (remark && remark->state != RemarkState::Open)
        return fail(AdjustmentText::tr("The remark has already been answered."));
    return remark;
}

// One text of one paragraph: the key that groups the corrections of a diff.
QString textKey(Id paragraphId, TextField field, Id sectionId) {
    return QStringLiteral("%1/%2/%3").arg(paragraphId).arg(static_cast<int>(field)).arg(sectionId);
}

} // namespace

std::optional<QString> currentText(const MeetingRecord& record, const TextEdit& edit) {
    const Paragraph* p = paragraphIn(record, edit.paragraphId);
    if (!p)
        return std::nullopt;
    switch (edit.field) {
    case TextField::Title:
        return p->title;
    case TextField::Decision:
        return p->decision;
    case TextField::Section:
        if (const Section* s = sectionIn(*p, edit.sectionId))
            return s->text;
        return std::nullopt;
    }
    return std::nullopt;
}

Result<MeetingRecord> ReviewService::loadOutForAdjustment(Id meetingId) const {
    auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return record;
    if (record->meeting.status != MeetingStatus::OutForAdjustment)
        return fail(AdjustmentText::tr("Remarks and corrections are made while the protocol is "
                                       "out for adjustment."));
    return record;
}

Result<Id> ReviewService::applyEdit(const MeetingRecord& record, const TextEdit& edit,
                                    const QString& reason, Id remarkId, const QDateTime& at) const {
    const auto before = currentText(record, edit);
    if (!before)
        return fail(AdjustmentText::tr("The text to correct is not part of this protocol."));
    const QString after = edit.text.trimmed();
    if (after == *before)
        return fail(AdjustmentText::tr("The new wording is the same as the old."));
    if (edit.field == TextField::Title && after.isEmpty())
        return fail(AdjustmentText::tr("A paragraph needs its title."));
    if (reason.trimmed().isEmpty())
        return fail(AdjustmentText::tr("A correction needs its reason."));
    const auto& connection = m_database.connection();
    ParagraphRepository paragraphs(connection);
    Status written;
    if (edit.field == TextField::Section) {
        written = paragraphs.updateSectionText(edit.sectionId, after);
    } else {
        Paragraph changed = *paragraphIn(record, edit.paragraphId);
        (edit.field == TextField::Title ? changed.title : changed.decision) = after;
        written = paragraphs.updateFields(changed);
    }
    if (!written)
        return fail(written.error());
    return ReviewRepository(connection)
        .insertTextChange(TextChange{NoId, record.meeting.id, edit.paragraphId, edit.field,
                                     edit.field == TextField::Section ? edit.sectionId : NoId,
                                     *before, after, reason.trimmed(), remarkId, at});
}

// In a file the secretary files a remark in the name of whoever made it (by mail, on paper). On
// a server every person has a login and a remark is its maker's own (roles.sql refuses any
// other); a login that is no person's (the database's owner) is left to the server.
Status ReviewService::requireOwnRemark(const MeetingRecord& record, Id participantId) const {
    if (!m_database.isServer())
        return {};
    const auto person = LoginRepository(m_database.connection()).person();
    if (!person)
        return fail(person.error());
    const Participant* maker = record.participant(participantId);
    if (person.value() == NoId || (maker && maker->personId == person.value()))
        return {};
    return fail(AdjustmentText::tr("On the server a remark is its maker's own: %1 leaves it at "
                                   "their own desk, logged in as themselves. Nothing was filed.")
                    .arg(maker ? maker->name : QString()));
}

Result<Id> ReviewService::addRemark(Id meetingId, Id paragraphId, Id participantId,
                                    const QString& text, const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    const auto record = loadOutForAdjustment(meetingId);
    if (!record)
        return fail(record.error());
    if (!isSignatory(record.value(), participantId))
        return fail(AdjustmentText::tr("Only the chair, the adjusters and the secretary of the "
                                       "protocol leave remarks on it."));
    if (paragraphId != NoId && !paragraphIn(record.value(), paragraphId))
        return fail(AdjustmentText::tr("The paragraph is not part of this protocol."));
    if (auto own = requireOwnRemark(record.value(), participantId); !own)
        return fail(own.error());
    if (text.trimmed().isEmpty())
        return fail(AdjustmentText::tr("Write the remark first."));
    return ReviewRepository(m_database.connection())
        .insertRemark(Remark{NoId,
                             meetingId,
                             paragraphId,
                             participantId,
                             record->participant(participantId)->name,
                             at.toUTC(),
                             text.trimmed(),
                             RemarkState::Open,
                             {},
                             {}});
}

Status ReviewService::acceptRemark(Id remarkId, const TextEdit& edit, const QString& note,
                                   const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        ReviewRepository review(connection);
        auto remark = openRemark(review, remarkId);
        if (!remark)
            return fail(remark.error());
        if (remark->paragraphId != NoId && remark->paragraphId != edit.paragraphId)
            return fail(AdjustmentText::tr("The change must be made in the paragraph the remark "
                                           "is about."));
        const auto record = loadOutForAdjustment(remark->meetingId);
        if (!record)
            return fail(record.error());
        // The remark is the reason; it is linked, and named with its author when shown.
        if (auto applied = applyEdit(record.value(), edit, remark->text, remarkId, at); !applied)
            return fail(applied.error());
        remark->state = RemarkState::Accepted;
        remark->answer = note.trimmed();
        remark->answeredAt = at.toUTC();
        return review.answerRemark(remark.value());
    });
}

Status ReviewService::rejectRemark(Id remarkId, const QString& reason, const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    if (reason.trimmed().isEmpty())
        return fail(AdjustmentText::tr("A rejected remark needs its reason."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        ReviewRepository review(connection);
        auto remark = openRemark(review, remarkId);
        if (!remark)
            return fail(remark.error());
        if (auto record = loadOutForAdjustment(remark->meetingId); !record)
            return fail(record.error());
        remark->state = RemarkState::Rejected;
        remark->answer = reason.trimmed();
        remark->answeredAt = at.toUTC();
        return review.answerRemark(remark.value());
    });
}

Status ReviewService::correct(Id meetingId, const TextEdit& edit, const QString& reason,
                              const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        const auto record = loadOutForAdjustment(meetingId);
        if (!record)
            return fail(record.error());
        if (auto applied = applyEdit(record.value(), edit, reason, NoId, at); !applied)
            return fail(applied.error());
        return {};
    });
}

Result<QList<Remark>> ReviewService::remarks(Id meetingId) const {
    return ReviewRepository(m_database.connection()).remarks(meetingId);
}

Result<QList<TextChange>> ReviewService::changes(Id meetingId) const {
    return ReviewRepository(m_database.connection()).textChanges(meetingId);
}

Result<QList<ParagraphDiff>> ReviewService::changesSince(Id meetingId, Id participantId) const {
    const auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return fail(record.error());
    ReviewRepository review(m_database.connection());
    const auto lastRead = review.lastRead(meetingId, participantId);
    if (!lastRead)
        return fail(lastRead.error());
    const auto since = review.textChanges(meetingId, lastRead.value());
    if (!since)
        return fail(since.error());
    const auto remarks = review.remarks(meetingId);
    if (!remarks)
        return fail(remarks.error());
    const auto reasonOf = [&](const TextChange& c) {
        for (const Remark& r : remarks.value())
            if (r.id == c.remarkId)
                return AdjustmentText::tr("Remark by %1: %2").arg(r.author, r.text);
        return c.reason;
    };
    // The first change since the last read holds the text as the reviewer read it.
    QHash<QString, qsizetype> diffOf;
    QList<ParagraphDiff> diffs;
    for (const TextChange& c : since.value()) {
        const QString key = textKey(c.paragraphId, c.field, c.sectionId);
        if (!diffOf.contains(key)) {
            diffOf.insert(key, diffs.size());
            diffs.append(ParagraphDiff{c.paragraphId, 0, {}, c.field, {}, c.before, {}, {}, {}});
        }
        ParagraphDiff& d = diffs[diffOf.value(key)];
        d.reasons << reasonOf(c);
        const auto now = currentText(record.value(), {c.paragraphId, c.field, c.sectionId, {}});
        d.after = now.value_or(c.after);
        if (const Paragraph* p = paragraphIn(record.value(), c.paragraphId)) {
            d.number = p->number;
            d.title = p->title;
            if (const Section* s = sectionIn(*p, c.sectionId))
                d.heading = s->heading;
        }
    }
    QList<ParagraphDiff> changed;
    for (ParagraphDiff& d : diffs)
        if (d.before != d.after) { // changed and changed back is no change to read
            d.segments = wordDiff(d.before, d.after);
            changed << d;
        }
    std::stable_sort(
        changed.begin(), changed.end(),
        [](const ParagraphDiff& a, const ParagraphDiff& b) { return a.number < b.number; });
    return changed;
}

Status ReviewService::markRead(Id meetingId, Id participantId, const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    ReviewRepository review(m_database.connection());
    const auto all = review.textChanges(meetingId);
    if (!all)
        return fail(all.error());
    return review.markRead(meetingId, participantId, all->isEmpty() ? 0 : all->last().id, at);
}

} // namespace paragraf
