#include "CanonicalForm.h"

#include "model/Codes.h"

#include <QCryptographicHash>
#include <QHash>

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
        line(QStringLiteral("meeting.next_meeting_date"), date(m.nextMeetingDate));
        line(QStringLiteral("meeting.next_meeting_note"), m.nextMeetingNote);
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
        }
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
    writer.paragraphs();
    return writer.text();
}

QString contentHash(const MeetingRecord& record) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(record), QCryptographicHash::Sha256).toHex());
}

} // namespace paragraf
