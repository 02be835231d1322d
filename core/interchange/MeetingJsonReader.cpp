// The reading half of MeetingJson.h: parse, check every field, resolve references.
#include "AdjournmentJson.h"
#include "FollowUpJson.h"
#include "JsonChecker.h"
#include "MeetingJson.h"
#include "ProceedingsJson.h"
#include "RulesJson.h"
#include "i18n/TrContexts.h"
#include "rules/AdjournmentRules.h"
#include "rules/AttendanceRules.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <optional>

namespace paragraf {
namespace {

using Need = JsonChecker::Need;

QString at(const QString& path, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

class Reader {
public:
    Result<MeetingRecord> read(const QJsonObject& root) {
        checkFormat(root);
        if (!m_check.problems().isEmpty())
            return fail(m_check.problems().join(QLatin1Char('\n')));
        readBody(m_check.object(root, QStringLiteral("body"), QStringLiteral("$")));
        readParticipants(m_check.array(root, QStringLiteral("participants"), QStringLiteral("$")));
        readMeeting(m_check.object(root, QStringLiteral("meeting"), QStringLiteral("$")));
        readParagraphs(m_check.array(root, QStringLiteral("paragraphs"), QStringLiteral("$")));
        readAttendance(m_check.array(root, QStringLiteral("attendance"), QStringLiteral("$")));
        if (root.contains(QStringLiteral("adjournments")))
            m_record.adjournments = adjournmentsFromJson(
                m_check.array(root, QStringLiteral("adjournments"), QStringLiteral("$")), m_check,
                m_paragraphOfNumber);
        if (m_check.problems().isEmpty())
            checkRules();
        if (!m_check.problems().isEmpty())
            return fail(m_check.problems().join(QLatin1Char('\n')));
        return m_record;
    }

private:
    void checkFormat(const QJsonObject& root) {
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("paragraf-meeting"))
            m_check.report(QStringLiteral("$.format"),
                           JsonText::tr("must be \"paragraf-meeting\""));
        const int version = root.value(QStringLiteral("version")).toInt(-1);
        if (version < 1 || version > meetingJsonVersion)
            m_check.report(QStringLiteral("$.version"),
                           JsonText::tr("must be a version this Paragraf reads (1 to %1)")
                               .arg(meetingJsonVersion));
    }

    void readBody(const QJsonObject& o) {
        const QString path = QStringLiteral("$.body");
        Body& b = m_record.body;
        b.name = m_check.string(o, QStringLiteral("name"), path);
        if (o.contains(QStringLiteral("name")) && b.name.trimmed().isEmpty())
            m_check.report(path + QStringLiteral(".name"), JsonText::tr("must not be empty"));
        b.kind = m_check.code(o, QStringLiteral("kind"), path, BodyKind::Deciding);
        b.decisionHeading = m_check.string(o, QStringLiteral("decisionHeading"), path);
        b.decisionFirst = m_check.boolean(o, QStringLiteral("decisionFirst"), path);
        b.protocolKeptAt = m_check.string(o, QStringLiteral("protocolKeptAt"), path);
    }

    Id participant(const QJsonObject& o, const QString& key, const QString& path) {
        const QString ref = m_check.reference(o, key, path);
        if (ref.isEmpty())
            return NoId;
        if (!m_participantKeys.contains(ref))
            m_check.report(path + QLatin1Char('.') + key,
                           JsonText::tr("names no participant (\"%1\")").arg(ref));
        return m_participantKeys.value(ref, NoId);
    }

    void readParticipants(const QJsonArray& list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("$.participants"), i);
            const QString key = list[i].toObject().value(QStringLiteral("key")).toString();
            if (key.isEmpty() || m_participantKeys.contains(key))
                m_check.report(path + QStringLiteral(".key"), JsonText::tr("must be a unique key"));
            m_participantKeys.insert(key, i + 1);
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("$.participants"), i);
            const QJsonObject o = list[i].toObject();
            Participant p;
            p.id = i + 1;
            p.name = m_check.string(o, QStringLiteral("name"), path);
            if (p.name.trimmed().isEmpty())
                m_check.report(path + QStringLiteral(".name"), JsonText::tr("must not be empty"));
            p.organisation = m_check.string(o, QStringLiteral("organisation"), path);
            p.party = m_check.string(o, QStringLiteral("party"), path);
            p.kind = m_check.code(o, QStringLiteral("kind"), path, ParticipantKind::Guest);
            p.roleLabel = m_check.string(o, QStringLiteral("role"), path);
            p.personalSubstituteOf = participant(o, QStringLiteral("personalSubstituteOf"), path);
            p.presentAtStart = m_check.boolean(o, QStringLiteral("presentAtStart"), path);
            p.servesForAtStart = participant(o, QStringLiteral("servesForAtStart"), path);
            if (o.contains(QStringLiteral("electionOrder"))) {
                p.electionOrder = m_check.integer(o, QStringLiteral("electionOrder"), path);
                if (p.electionOrder < 1 || p.kind != ParticipantKind::Substitute)
                    m_check.report(path + QStringLiteral(".electionOrder"),
                                   JsonText::tr("must be a substitute's place, 1 or more"));
            }
            m_record.participants << p;
        }
    }

    void readMeeting(const QJsonObject& o) {
        const QString path = QStringLiteral("$.meeting");
        Meeting& m = m_record.meeting;
        m.date = m_check.date(o, QStringLiteral("date"), path, Need::Required);
        m.start = m_check.time(o, QStringLiteral("start"), path);
        m.end = m_check.time(o, QStringLiteral("end"), path);
        m.place = m_check.string(o, QStringLiteral("place"), path);
        m.form = m_check.code(o, QStringLiteral("form"), path, MeetingForm::Physical);
        m.status = m_check.code(o, QStringLiteral("status"), path, MeetingStatus::Planned);
        m.adjustmentDate = m_check.date(o, QStringLiteral("adjustmentDate"), path, Need::Optional);
        m.adjustmentPlace = m_check.string(o, QStringLiteral("adjustmentPlace"), path);
        if (o.contains(QStringLiteral("adjustmentTime")))
            m.adjustmentTime = m_check.time(o, QStringLiteral("adjustmentTime"), path);
        m.nextMeetingDate =
            m_check.date(o, QStringLiteral("nextMeetingDate"), path, Need::Optional);
        m.nextMeetingNote = m_check.string(o, QStringLiteral("nextMeetingNote"), path);
        m.chairId = participant(o, QStringLiteral("chair"), path);
        m.secretaryId = participant(o, QStringLiteral("secretary"), path);
        const QJsonArray adjusters = m_check.array(o, QStringLiteral("adjusters"), path);
        for (qsizetype i = 0; i < adjusters.size(); ++i) {
            const QString ref = adjusters[i].toString();
            if (!m_participantKeys.contains(ref))
                m_check.report(at(path + QStringLiteral(".adjusters"), i),
                               JsonText::tr("names no participant (\"%1\")").arg(ref));
            else
                m.adjusterIds << m_participantKeys.value(ref);
        }
        if (o.contains(QStringLiteral("rules")))
            m_record.rules = rulesFromJson(m_check.object(o, QStringLiteral("rules"), path),
                                           path + QStringLiteral(".rules"), m_check);
    }

    void readParagraphs(const QJsonArray& list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("$.paragraphs"), i);
            const QJsonObject o = list[i].toObject();
            Paragraph p;
            p.id = i + 1;
            p.position = static_cast<int>(i);
            p.number = m_check.integer(o, QStringLiteral("number"), path);
            const int expected = m_record.paragraphs.isEmpty()
                                     ? std::max(p.number, 1)
                                     : m_record.paragraphs.last().number + 1;
            if (p.number != expected)
                m_check.report(
                    path + QStringLiteral(".number"),
                    JsonText::tr("must continue the numbering without gaps (expected %1)")
                        .arg(expected));
            m_paragraphOfNumber.insert(p.number, p.id);
            p.title = m_check.string(o, QStringLiteral("title"), path);
            p.caseNumber = m_check.string(o, QStringLiteral("caseNumber"), path);
            p.kind = m_check.code(o, QStringLiteral("kind"), path, ParagraphKind::Decision);
            p.decision = m_check.string(o, QStringLiteral("decision"), path);
            p.attachments = m_check.strings(o, QStringLiteral("attachments"), path);
            p.expedition = m_check.strings(o, QStringLiteral("expedition"), path);
            p.immediatelyAdjusted = m_check.boolean(o, QStringLiteral("immediatelyAdjusted"), path);
            const QJsonArray presenters = m_check.array(o, QStringLiteral("presenters"), path);
            for (qsizetype k = 0; k < presenters.size(); ++k) {
                if (!m_participantKeys.contains(presenters[k].toString()))
                    m_check.report(at(path + QStringLiteral(".presenters"), k),
                                   JsonText::tr("names no participant"));
                else
                    p.presenterIds << m_participantKeys.value(presenters[k].toString());
            }
            const QJsonArray sections = m_check.array(o, QStringLiteral("sections"), path);
            for (qsizetype k = 0; k < sections.size(); ++k) {
                const QString sectionPath = at(path + QStringLiteral(".sections"), k);
                const QJsonObject s = sections[k].toObject();
                p.sections << Section{NoId,
                                      m_check.string(s, QStringLiteral("heading"), sectionPath),
                                      m_check.string(s, QStringLiteral("text"), sectionPath)};
            }
            if (o.contains(QStringLiteral("proceedings")))
                p.proceedings = proceedingsFromJson(
                    m_check.object(o, QStringLiteral("proceedings"), path),
                    path + QStringLiteral(".proceedings"), m_check,
                    [this](const QJsonObject& object, const QString& key, const QString& at) {
                        return participant(object, key, at);
                    });
            if (o.contains(QStringLiteral("followUp")))
                p.followUp = followUpFromJson(
                    m_check.object(o, QStringLiteral("followUp"), path),
                    path + QStringLiteral(".followUp"), m_check,
                    [this](const QJsonObject& object, const QString& key, const QString& at) {
                        return participant(object, key, at);
                    });
            m_record.paragraphs << p;
        }
    }

    void readAttendance(const QJsonArray& list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = at(QStringLiteral("$.attendance"), i);
            const QJsonObject o = list[i].toObject();
            AttendanceEvent e;
            e.id = i + 1;
            e.participantId = participant(o, QStringLiteral("participant"), path);
            if (e.participantId == NoId && o.value(QStringLiteral("participant")).isNull())
                m_check.report(path + QStringLiteral(".participant"), JsonText::tr("is required"));
            e.kind = m_check.code(o, QStringLiteral("event"), path, AttendanceEventKind::Arrive);
            const QJsonValue before = o.value(QStringLiteral("paragraph"));
            if (!before.isNull()) {
                e.paragraphId = m_paragraphOfNumber.value(before.toInt(-1), NoId);
                if (e.paragraphId == NoId)
                    m_check.report(
                        path + QStringLiteral(".paragraph"),
                        JsonText::tr("must be the number of a paragraph in the file, or null"));
            }
            e.forParticipantId = participant(o, QStringLiteral("for"), path);
            e.clockTime = m_check.string(o, QStringLiteral("time"), path);
            m_record.events << e;
        }
    }

    void checkRules() {
        QList<Id> order;
        for (const auto& p : m_record.paragraphs)
            order << p.id;
        if (auto valid = validateAdjournments(m_record.meeting, order, m_record.adjournments);
            !valid)
            m_check.report(QStringLiteral("$.adjournments"), valid.error());
        if (auto status = validateAttendance(m_record.participants, m_record.events, order,
                                             m_record.rules.rejoinAllowed);
            !status) {
            m_check.report(QStringLiteral("$.attendance"), status.error());
            return;
        }
        // Votes, motions and reservations by the rules of the paragraph's attendance.
        const auto timeline =
            AttendanceTimeline::derive(m_record.participants, m_record.events, order);
        for (qsizetype i = 0; i < m_record.paragraphs.size(); ++i) {
            const Paragraph& p = m_record.paragraphs[i];
            if (auto valid = checkProceedings(m_record, p, *timeline.at(p.id)); !valid)
                m_check.report(at(QStringLiteral("$.paragraphs"), i) +
                                   QStringLiteral(".proceedings"),
                               valid.error());
        }
    }

    JsonChecker m_check;
    MeetingRecord m_record;
    QHash<QString, Id> m_participantKeys;
    QHash<int, Id> m_paragraphOfNumber;
};

} // namespace

namespace {
// Qt's JSON parser takes whatever follows a \uD800–\uDBFF escape as its pair ("\ud800 B"
// becomes one character, the space swallowed): an escaped surrogate that is not one half of a
// pair is refused before parsing, found in the raw text where the escapes still stand. (A low
// half alone reaches the checker as a lone surrogate, which it refuses.)
std::optional<qsizetype> loneSurrogateEscape(const QByteArray& json) {
    static const QRegularExpression escape(
        QStringLiteral("\\\\u[dD]([89abAB])[0-9a-fA-F]{2}(\\\\u[dD][c-fC-F][0-9a-fA-F]{2})?"));
    const QString text = QString::fromUtf8(json);
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2).isEmpty())
            return m.capturedStart();
    }
    return std::nullopt;
}
} // namespace

Result<MeetingRecord> meetingFromJson(const QByteArray& json) {
    if (const auto at = loneSurrogateEscape(json))
        return fail(JsonText::tr("$: a \\u escape at character %1 is half of a character (a lone "
                                 "surrogate); the file is damaged")
                        .arg(*at + 1));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(JsonText::tr("$: not valid JSON (%1 at byte %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!document.isObject())
        return fail(JsonText::tr("$: must be an object"));
    return Reader().read(document.object());
}

} // namespace paragraf
