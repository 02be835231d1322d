#include "PublishService.h"

#include "NoticePage.h"
#include "PublishText.h"
#include "adjustment/Deadlines.h"
#include "io/AtomicFile.h"
#include "services/MeetingService.h"
#include "services/RulesService.h"
#include "text/NoticeBoard.h"

#include <QDir>
#include <algorithm>

namespace paragraf {
namespace {

// Whether the notice of the posted protocol is still up on `today`.
bool onTheBoard(const MeetingRecord& record, const QDate& today) {
    const NoticeBoardFacts facts = noticeBoardFacts(record, {});
    return record.meeting.status == MeetingStatus::Announced && facts.postedOn.isValid() &&
           facts.postedOn <= today && (!facts.takenDownOn.isValid() || today <= facts.takenDownOn);
}

// The masking a request asks for: the passages marked and stored with the protocol and the
// request's, the names found in the paragraphs about an individual (flagged and stored, or
// asked for), and (maskFound) the personal data found anywhere. `masked` says what was found.
Masking maskingFor(const MeetingRecord& record, const PublishRequest& request,
                   const StoredMarks& stored, const QString& wording, QList<MaskProposal>& masked) {
    QList<Id> individual = stored.individualParagraphs();
    for (const Paragraph& p : record.paragraphs)
        if (request.individualParagraphs.contains(p.number) && !individual.contains(p.id))
            individual << p.id;
    Masking masking;
    masking.passages = request.maskPassages;
    for (const MarkStanding& marked : stored.passages)
        masking.passages << marked.mark.passage;
    masking.detect = request.maskFound;
    if (!wording.isEmpty())
        masking.wording = wording;
    for (const MaskProposal& proposal : maskProposals(record, individual)) {
        const bool name = proposal.kind == PersonalDataFinding::PrivateName;
        if (name)
            masking.passages << proposal.text;
        if (name || request.maskFound)
            masked << proposal;
    }
    return masking;
}

// Publishing posts a protocol adjusted and not yet posted (the notice says so from today). One
// posted before keeps its posting; one archived without a recorded posting (adjusted before
// Paragraf kept postings) is published as a web copy only: no notice claims a posting that the
// file does not hold, and nothing is recorded.
bool postsNow(const MeetingRecord& record) {
    return record.meeting.status == MeetingStatus::Adjusted && !record.trail.posting;
}

bool hasNotice(const MeetingRecord& record) {
    return postsNow(record) || record.trail.posting;
}

// What the record of a publication keeps: the files, and each masking's kind and place — never
// the masked text.
Publication publicationOf(const PublishRequest& request, const PublishPlan& plan) {
    Publication publication;
    publication.meetingId = request.meetingId;
    QStringList numbers;
    for (int n : request.extractParagraphs)
        numbers << QString::number(n);
    publication.paragraphs = numbers.join(QLatin1Char(','));
    for (const PublishedPage& page : plan.pages)
        publication.files << page.fileName;
    const QString marked = QStringLiteral("markerat\t");
    for (const MarkStanding& m : plan.stored.passages)
        publication.masked << marked + m.where;
    for (qsizetype i = 0; i < request.maskPassages.size(); ++i)
        publication.masked << marked + QStringLiteral("publicering");
    for (const MaskProposal& found : plan.masked)
        publication.masked << personalDataKindName(found.kind) + QLatin1Char('\t') + found.where;
    return publication;
}

} // namespace

Result<PublishPlan> PublishService::plan(const PublishRequest& request) const {
    const auto record = MeetingService(m_database).load(request.meetingId);
    if (!record)
        return fail(record.error());
    for (int number : request.individualParagraphs)
        if (std::none_of(record->paragraphs.begin(), record->paragraphs.end(),
                         [&](const Paragraph& p) { return p.number == number; }))
            return fail(PublishText::tr("The meeting has no § %1.").arg(number));
    PublishPlan plan;
    const auto stored = PublicationMarkService(m_database).stored(record.value());
    if (!stored)
        return fail(stored.error());
    plan.stored = stored.value();
    const auto bodyRules = RulesService(m_database).bodyRules(record->body.id);
    if (!bodyRules)
        return fail(bodyRules.error());
    const Masking masking =
        maskingFor(record.value(), request, plan.stored, bodyRules->maskWording, plan.masked);
    plan.wording = masking.wording;
    WebCopyRequest copyRequest;
    copyRequest.filter = masking.filter();
    if (!request.extractParagraphs.isEmpty()) {
        copyRequest.kind = DocumentKind::Extract;
        copyRequest.paragraphNumbers = request.extractParagraphs;
    }
    const auto copy = webCopy(record.value(), copyRequest);
    if (!copy)
        return fail(copy.error());
    QList<PublishedPage>& pages = plan.pages;
    const QString copyFile = webCopyFileName(record.value(), copyRequest);
    pages << PublishedPage{copyFile,
                           copyRequest.kind == DocumentKind::Extract
                               ? PublishText::tr("Web copy of the extract")
                               : PublishText::tr("Web copy of the protocol"),
                           copy.value()};
    // The notice announces the whole protocol, and only a deciding body's.
    if (copyRequest.kind == DocumentKind::Protocol && record->body.kind != BodyKind::Notes &&
        hasNotice(record.value())) {
        const auto notice =
            noticePage(record.value(), request.postedOn, copyFile, copyRequest.filter);
        if (!notice)
            return fail(notice.error());
        pages << PublishedPage{noticeFileName(record.value(), copyRequest.filter),
                               PublishText::tr("Notice on the notice board"), notice.value()};
    }
    return plan;
}

Result<QStringList> PublishService::publish(const PublishRequest& request,
                                            const QString& directory) const {
    auto made = plan(request);
    if (!made)
        return fail(made.error());
    if (const auto lost = made->stored.lost(); !lost.isEmpty())
        return fail(lostMarksMessage(lost));
    if (made->pages.size() > 1) {
        const auto record = MeetingService(m_database).load(request.meetingId);
        if (!record)
            return fail(record.error());
        if (postsNow(record.value())) {
            if (const Status posted =
                    DeadlineService(m_database).post(request.meetingId, request.postedOn);
                !posted)
                return fail(posted.error());
            // The pages say what the file now holds.
            made = plan(request);
            if (!made)
                return fail(made.error());
        }
    }
    const auto written = write(made->pages, directory);
    if (!written)
        return written;
    if (const auto recorded = PublicationMarkService(m_database)
                                  .recordPublication(publicationOf(request, made.value()));
        !recorded)
        return fail(PublishText::tr("The pages were written, but the publication could not be "
                                    "recorded: %1")
                        .arg(recorded.error()));
    return written;
}

Result<QList<PublishedPage>> PublishService::noticeBoard(const QDate& today, const QDateTime& now,
                                                         const QUrl& feedBase) const {
    const MeetingService meetings(m_database);
    const auto summaries = meetings.list();
    if (!summaries)
        return fail(summaries.error());
    QList<BoardNotice> notices;
    QList<PublishedPage> pages;
    for (const MeetingSummary& summary : summaries.value()) {
        if (summary.status != MeetingStatus::Announced)
            continue;
        const auto record = meetings.load(summary.id);
        if (!record)
            return fail(record.error());
        if (!onTheBoard(record.value(), today))
            continue;
        const QString copyFile = webCopyFileName(record.value(), {});
        const auto page = noticePage(record.value(), {}, copyFile);
        if (!page)
            return fail(page.error());
        notices << BoardNotice{record.value(), noticeFileName(record.value())};
        pages << PublishedPage{notices.last().pageFile,
                               PublishText::tr("Notice on the notice board"), page.value()};
    }
    pages.prepend(PublishedPage{QString::fromLatin1(noticeFeedFile),
                                PublishText::tr("The notice board as an Atom feed"),
                                noticeFeed(notices, now, feedBase)});
    pages.prepend(PublishedPage{QString::fromLatin1(noticeBoardFile),
                                PublishText::tr("The notice board"),
                                noticeBoardPage(notices, today)});
    return pages;
}

Result<QStringList> PublishService::write(const QList<PublishedPage>& pages,
                                          const QString& directory) {
    if (!QDir().mkpath(directory))
        return fail(PublishText::tr("The folder %1 could not be made; nothing was published.")
                        .arg(QDir::toNativeSeparators(directory)));
    QStringList written;
    for (const PublishedPage& page : pages) {
        const QString path = QDir(directory).filePath(page.fileName);
        if (const Status saved = saveAtomically(path, page.html); !saved)
            return fail(saved.error());
        written << path;
    }
    return written;
}

} // namespace paragraf
