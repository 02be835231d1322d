#include "AdjournmentRules.h"

#include "i18n/TrContexts.h"

#include <algorithm>

namespace paragraf {
namespace {

QString clock(const QTime& t) {
    return t.toString(QStringLiteral("HH.mm"));
}

QString named(const Adjournment& a) {
    return AdjournmentText::tr("The adjournment from %1").arg(clock(a.start));
}

// -1 before the first paragraph; the paragraphs' positions otherwise. Inside a paragraph comes
// before after it.
int rank(const QList<Id>& paragraphs, const Adjournment& a) {
    for (int i = 0; i < paragraphs.size(); ++i)
        if (paragraphs[i] == a.paragraphId)
            return 2 * i + (a.withinParagraph ? 0 : 1);
    return -1;
}

Status checkOne(const Meeting& meeting, const QList<Id>& paragraphs, const Adjournment& a) {
    if (!a.start.isValid())
        return fail(AdjournmentText::tr("An adjournment needs the time it started."));
    if (!a.isOpen() && a.end <= a.start)
        return fail(AdjournmentText::tr("%1 must end after it starts (it ends at %2).")
                        .arg(named(a), clock(a.end)));
    if (meeting.start.isValid() && a.start < meeting.start)
        return fail(AdjournmentText::tr("%1 starts before the meeting does (%2): an adjournment "
                                        "lies within the meeting's time.")
                        .arg(named(a), clock(meeting.start)));
    const QTime last = a.isOpen() ? a.start : a.end;
    if (meeting.end.isValid() && last > meeting.end)
        return fail(AdjournmentText::tr("%1 ends after the meeting does (%2): an adjournment "
                                        "lies within the meeting's time; change the meeting's "
                                        "end first if it went on longer.")
                        .arg(named(a), clock(meeting.end)));
    if (a.withinParagraph && rank(paragraphs, a) < 0)
        return fail(AdjournmentText::tr("%1 is inside a paragraph, but names none of the "
                                        "meeting's paragraphs.")
                        .arg(named(a)));
    return {};
}

} // namespace

Status validateAdjournments(const Meeting& meeting, const QList<Id>& paragraphs,
                            const QList<Adjournment>& adjournments) {
    QList<Adjournment> sorted = adjournments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.start < b.start; });
    for (int i = 0; i < sorted.size(); ++i) {
        const Adjournment& a = sorted[i];
        if (auto status = checkOne(meeting, paragraphs, a); !status)
            return status;
        if (i + 1 >= sorted.size())
            continue;
        const Adjournment& next = sorted[i + 1];
        if (a.isOpen() || next.start < a.end)
            return fail(AdjournmentText::tr("%1 overlaps the adjournment from %2: the meeting "
                                            "can be adjourned only once at a time.")
                            .arg(named(a), clock(next.start)));
        // One with no paragraph (none given, or its paragraph deleted since) is placed by its
        // time alone; refusing it would block every later change of the meeting.
        const bool placed = a.paragraphId != NoId && next.paragraphId != NoId;
        if (placed && rank(paragraphs, next) < rank(paragraphs, a))
            return fail(AdjournmentText::tr("%1 is placed at an earlier paragraph than the one "
                                            "before it in time (from %2).")
                            .arg(named(next), clock(a.start)));
    }
    return {};
}

const Adjournment* openAdjournment(const QList<Adjournment>& adjournments) {
    for (const auto& a : adjournments)
        if (a.isOpen())
            return &a;
    return nullptr;
}

Adjournment adjournmentAt(const QList<Paragraph>& paragraphs, Id current, const QTime& start) {
    Adjournment a;
    a.start = QTime(start.hour(), start.minute());
    for (const auto& p : paragraphs)
        if (p.id == current) {
            a.paragraphId = p.id;
            a.withinParagraph = p.kind == ParagraphKind::Decision && p.decision.trimmed().isEmpty();
        }
    return a;
}

} // namespace paragraf
