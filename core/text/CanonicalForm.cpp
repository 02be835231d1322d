#include "CanonicalForm.h"

#include "model/Codes.h"

#include <QCryptographicHash>
#include <QHash>
#include <algorithm>

namespace paragraf {
namespace {

constexpr const char* header = "paragraf-canonical-form 1";

// Backslash, line feed, carriage return and tab escaped, so that every fact is one line.
QString escaped(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            out += c;
        }
    }
    return out;
}

class Writer {
public:
    explicit Writer(const MeetingRecord& record) : m_record(record) {
        for (int i = 0; i < record.participants.size(); ++i)
            m_person.insert(record.participants[i].id, i + 1);
        for (const auto& p : record.paragraphs)
            m_number.insert(p.id, p.number);
    }

    void line(const QString& key, const QString& value) {
        m_text += key + QLatin1Char('=') + escaped(value) + QLatin1Char('\n');
    }
    // Participants by their place in the list (1-based); none is empty.
    QString person(Id id) const {
        return id == NoId ? QString() : QString::number(m_person.value(id, 0));
    }
    // Paragraphs by number; "end" for after the last one.
    QString paragraph(Id id) const {
        return id == NoId ? QStringLiteral("end") : QString::number(m_number.value(id, 0));
    }
    static QString date(const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    static QString clock(const QTime& t) {
        return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
    }

    void meeting() {
        const Meeting& m = m_record.meeting;
        line(QStringLiteral("body.name"), m_record.body.name);
        line(QStringLiteral("body.kind"), codeOf(m_record.body.kind));
        line(QStringLiteral("meeting.date"), date(m.date));
        line(QStringLiteral("meeting.start"), clock(m.start));
        line(QStringLiteral("meeting.end"), clock(m.end));
        line(QStringLiteral("meeting.place"), m.place);
        line(QStringLiteral("meeting.form"), codeOf(m.form));
        line(QStringLiteral("meeting.chair"), person(m.chairId));
        line(QStringLiteral("meeting.secretary"), person(m.secretaryId));
        for (Id adjuster : m.adjusterIds)
            line(QStringLiteral("meeting.adjuster"), person(adjuster));
        line(QStringLiteral("meeting.adjustment_date"), date(m.adjustmentDate));
        line(QStringLiteral("meeting.adjustment_place"), m.adjustmentPlace);
        if (m.adjustmentTime.isValid()) // only when set: older protocols keep their hash
            line(QStringLiteral("meeting.adjustment_time"), clock(m.adjustmentTime));
        line(QStringLiteral("meeting.next_meeting_date"), date(m.nextMeetingDate));
        line(QStringLiteral("meeting.next_meeting_note"), m.nextMeetingNote);
        rules();
    }

    // The body's rules as the meeting copied them, only when they differ from the defaults, so
    // that a protocol signed before they existed keeps its hash.
    void rules() {
        const MeetingRules& r = m_record.rules;
        if (r.isDefault())
            return;
        const auto yesNo = [](bool value) {
            return value ? QStringLiteral("1") : QStringLiteral("0");
        };
        line(QStringLiteral("meeting.rules.paragraph_prefix"), r.paragraphPrefix);
        line(QStringLiteral("meeting.rules.adjusters_required"),
             QString::number(r.adjustersRequired));
        line(QStringLiteral("meeting.rules.signature_label"), r.signatureLabel);
        line(QStringLiteral("meeting.rules.att_clauses"), yesNo(r.attClauses));
        line(QStringLiteral("meeting.rules.rejoin_allowed"), yesNo(r.rejoinAllowed));
        line(QStringLiteral("meeting.rules.attendance_appendix"), yesNo(r.attendanceAppendix));
    }

    void participants() {
        for (const auto& p : m_record.participants) {
            const QString key = QStringLiteral("participant.%1.").arg(person(p.id));
            line(key + QStringLiteral("name"), p.name);
            line(key + QStringLiteral("organisation"), p.organisation);
            line(key + QStringLiteral("party"), p.party);
            line(key + QStringLiteral("kind"), codeOf(p.kind));
            line(key + QStringLiteral("role"), p.roleLabel);
            line(key + QStringLiteral("substitute_of"), person(p.personalSubstituteOf));
            line(key + QStringLiteral("present_at_start"),
                 p.presentAtStart ? QStringLiteral("1") : QStringLiteral("0"));
            line(key + QStringLiteral("serves_for_at_start"), person(p.servesForAtStart));
        }
    }

    void events() {
        int n = 0;
        for (const auto& e : m_record.events) {
            const QString key = QStringLiteral("event.%1.").arg(++n);
            line(key + QStringLiteral("participant"), person(e.participantId));
            line(key + QStringLiteral("kind"), codeOf(e.kind));
            line(key + QStringLiteral("paragraph"), paragraph(e.paragraphId));
            line(key + QStringLiteral("for"), person(e.forParticipantId));
            line(key + QStringLiteral("clock"), e.clockTime);
        }
    }

    // Lines only for what there is, like the adjustment time above.
    void adjournments() {
        int n = 0;
        for (const auto& a : m_record.adjournments) {
            const QString key = QStringLiteral("adjournment.%1.").arg(++n);
            line(key + QStringLiteral("start"), clock(a.start));
            line(key + QStringLiteral("end"), clock(a.end));
            line(key + QStringLiteral("paragraph"),
                 a.paragraphId == NoId ? QStringLiteral("start") : paragraph(a.paragraphId));
            line(key + QStringLiteral("placement"),
                 a.withinParagraph ? QStringLiteral("within") : QStringLiteral("after"));
            line(key + QStringLiteral("reason"), a.reason);
        }
    }

    void paragraphs() {
        for (const auto& p : m_record.paragraphs) {
            const QString key = QStringLiteral("paragraph.%1.").arg(p.number);
            line(key + QStringLiteral("title"), p.title);
            line(key + QStringLiteral("case_number"), p.caseNumber);
            line(key + QStringLiteral("kind"), codeOf(p.kind));
            for (Id presenter : p.presenterIds)
                line(key + QStringLiteral("presenter"), person(presenter));
            int s = 0;
            for (const auto& section : p.sections) {
                const QString sectionKey = key + QStringLiteral("section.%1.").arg(++s);
                line(sectionKey + QStringLiteral("heading"), section.heading);
                line(sectionKey + QStringLiteral("text"), section.text);
            }
            line(key + QStringLiteral("decision"), p.decision);
            for (const auto& attachment : p.attachments)
                line(key + QStringLiteral("attachment"), attachment);
            for (const auto& recipient : p.expedition)
                line(key + QStringLiteral("expedition"), recipient);
            line(key + QStringLiteral("immediately_adjusted"),
                 p.immediatelyAdjusted ? QStringLiteral("1") : QStringLiteral("0"));
            // Only when there are any: a protocol without proceedings keeps the hash it had
            // before proceedings were recorded at all.
            if (!p.proceedings.isEmpty())
                proceedings(key, p.proceedings);
            followUp(key, p.followUp); // likewise: lines only for what there is
        }
    }

    // What the meeting made and did with earlier matters. How an assignment made here ends is
    // not part of this protocol: it is recorded later, in the protocol that closes it.
    void followUp(const QString& key, const FollowUp& f) {
        int n = 0;
        for (const Assignment& a : f.assignments) {
            const QString aKey = key + QStringLiteral("assignment.%1.").arg(++n);
            line(aKey + QStringLiteral("text"), a.text);
            for (const AssignmentHolder& h : a.holders)
                line(aKey + QStringLiteral("holder.") + codeOf(h.kind), h.name);
            line(aKey + QStringLiteral("due"), date(a.due));
        }
        n = 0;
        for (const Referral& r : f.referrals) {
            const QString rKey = key + QStringLiteral("referral.%1.").arg(++n);
            line(rKey + QStringLiteral("kind"), codeOf(r.kind));
            line(rKey + QStringLiteral("to"), r.toBodyName);
            line(rKey + QStringLiteral("note"), r.note);
        }
        n = 0;
        for (const Viewpoint& v : f.viewpoints) {
            const QString vKey = key + QStringLiteral("remark.%1.").arg(++n);
            for (Id speaker : v.speakerIds)
                line(vKey + QStringLiteral("speaker"), person(speaker));
            line(vKey + QStringLiteral("text"), v.text);
        }
        n = 0;
        for (const ClosedAssignment& c : f.closedHere) {
            const QString cKey = key + QStringLiteral("closes.%1.").arg(++n);
            line(cKey + QStringLiteral("origin"), origin(c.origin));
            line(cKey + QStringLiteral("text"), c.assignment.text);
            line(cKey + QStringLiteral("status"), codeOf(c.assignment.status));
            line(cKey + QStringLiteral("note"), c.assignment.note);
            line(cKey + QStringLiteral("on"), date(c.assignment.closedOn));
        }
        n = 0;
        for (const IncomingReferral& in : f.takenUpHere) {
            const QString tKey = key + QStringLiteral("takes_up.%1.").arg(++n);
            line(tKey + QStringLiteral("origin"), origin(in.origin));
            line(tKey + QStringLiteral("kind"), codeOf(in.referral.kind));
            line(tKey + QStringLiteral("note"), in.referral.note);
        }
    }

    static QString origin(const ParagraphReference& r) {
        return QStringLiteral("%1|%2|%3").arg(r.bodyName, date(r.meetingDate)).arg(r.number);
    }

    void proceedings(const QString& key, const Proceedings& p) {
        const auto flag = [](bool on) {
            return on ? QStringLiteral("1") : QStringLiteral("0");
        };
        int m = 0;
        for (const Motion& motion : p.motions) {
            const QString motionKey = key + QStringLiteral("motion.%1.").arg(++m);
            line(motionKey + QStringLiteral("mover"), person(motion.moverId));
            line(motionKey + QStringLiteral("kind"), codeOf(motion.kind));
            line(motionKey + QStringLiteral("text"), motion.text);
            for (Id supporter : motion.supporterIds)
                line(motionKey + QStringLiteral("supporter"), person(supporter));
            line(motionKey + QStringLiteral("withdrawn"), flag(motion.withdrawn));
            line(motionKey + QStringLiteral("put_order"), QString::number(motion.putOrder));
        }
        // Motions by their number 1, 2 … in the lines above; 0 for none.
        const auto motionNumber = [](int index) {
            return QString::number(index + 1);
        };
        line(key + QStringLiteral("adopted"), motionNumber(p.adoptedMotion));
        line(key + QStringLiteral("vote.held"), flag(p.vote.held));
        line(key + QStringLiteral("vote.closed"), flag(p.vote.closed));
        line(key + QStringLiteral("vote.yes"), motionNumber(p.vote.yesMotion));
        line(key + QStringLiteral("vote.no"), motionNumber(p.vote.noMotion));
        // Named votes in the order of the participant list, not of database ids.
        QList<std::pair<int, VoteChoice>> named;
        for (auto it = p.vote.named.cbegin(); it != p.vote.named.cend(); ++it)
            named.append({m_person.value(it.key()), it.value()});
        std::sort(named.begin(), named.end());
        for (const auto& [place, choice] : named)
            line(key + QStringLiteral("vote.cast.%1").arg(place), codeOf(choice));
        line(key + QStringLiteral("vote.closed_yes"), QString::number(p.vote.closedYes));
        line(key + QStringLiteral("vote.closed_no"), QString::number(p.vote.closedNo));
        line(key + QStringLiteral("vote.closed_abstain"), QString::number(p.vote.closedAbstain));
        line(key + QStringLiteral("vote.lot"), motionNumber(p.vote.lotWinner));
        int r = 0;
        for (const Reservation& reservation : p.reservations) {
            const QString reservationKey = key + QStringLiteral("reservation.%1.").arg(++r);
            line(reservationKey + QStringLiteral("participant"), person(reservation.participantId));
            line(reservationKey + QStringLiteral("reason"), reservation.reason);
            line(reservationKey + QStringLiteral("pending"), flag(reservation.reasonPending));
        }
        int n = 0;
        for (const ProtocolNote& note : p.notes) {
            const QString noteKey = key + QStringLiteral("note.%1.").arg(++n);
            line(noteKey + QStringLiteral("participant"), person(note.participantId));
            line(noteKey + QStringLiteral("text"), note.text);
        }
        line(key + QStringLiteral("wording"), p.wording);
    }

    QByteArray text() const { return QByteArray(header) + '\n' + m_text.toUtf8(); }

private:
    const MeetingRecord& m_record;
    QHash<Id, int> m_person;
    QHash<Id, int> m_number;
    QString m_text;
};

} // namespace

QByteArray canonicalForm(const MeetingRecord& record) {
    Writer writer(record);
    writer.meeting();
    writer.participants();
    writer.events();
    writer.adjournments();
    writer.paragraphs();
    return writer.text();
}

QString contentHash(const MeetingRecord& record) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(record), QCryptographicHash::Sha256).toHex());
}

} // namespace paragraf
