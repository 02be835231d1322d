#include "PremisWriter.h"

#include "model/Codes.h"
#include "text/AdjustmentParts.h"

#include <QXmlStreamWriter>

namespace paragraf {
namespace {

const QString premisNs = QStringLiteral("http://www.loc.gov/premis/v3");

// An identifier of the local kind: a file's path in the package, an event's or agent's number.
void identifier(QXmlStreamWriter& xml, const QString& element, const QString& prefix,
                const QString& value) {
    xml.writeStartElement(premisNs, element);
    xml.writeTextElement(premisNs, prefix + QStringLiteral("Type"), QStringLiteral("local"));
    xml.writeTextElement(premisNs, prefix + QStringLiteral("Value"), value);
}

void writeObject(QXmlStreamWriter& xml, const ArchiveFile& file) {
    xml.writeStartElement(premisNs, QStringLiteral("object"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("type"), QStringLiteral("premis:file"));
    identifier(xml, QStringLiteral("objectIdentifier"), QStringLiteral("objectIdentifier"),
               file.path);
    xml.writeEndElement();
    xml.writeStartElement(premisNs, QStringLiteral("objectCharacteristics"));
    xml.writeTextElement(premisNs, QStringLiteral("compositionLevel"), QStringLiteral("0"));
    xml.writeStartElement(premisNs, QStringLiteral("fixity"));
    xml.writeTextElement(premisNs, QStringLiteral("messageDigestAlgorithm"),
                         QStringLiteral("SHA-256"));
    xml.writeTextElement(premisNs, QStringLiteral("messageDigest"), file.sha256());
    xml.writeEndElement();
    xml.writeTextElement(premisNs, QStringLiteral("size"), QString::number(file.bytes.size()));
    xml.writeStartElement(premisNs, QStringLiteral("format"));
    xml.writeStartElement(premisNs, QStringLiteral("formatDesignation"));
    xml.writeTextElement(premisNs, QStringLiteral("formatName"), file.format.name);
    if (!file.format.version.isEmpty())
        xml.writeTextElement(premisNs, QStringLiteral("formatVersion"), file.format.version);
    xml.writeEndElement();
    if (!file.format.pronom.isEmpty()) {
        xml.writeStartElement(premisNs, QStringLiteral("formatRegistry"));
        xml.writeTextElement(premisNs, QStringLiteral("formatRegistryName"),
                             QStringLiteral("PRONOM"));
        xml.writeTextElement(premisNs, QStringLiteral("formatRegistryKey"), file.format.pronom);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // format
    xml.writeEndElement(); // objectCharacteristics
    xml.writeTextElement(premisNs, QStringLiteral("originalName"),
                         file.path.section(QLatin1Char('/'), -1));
    xml.writeEndElement(); // object
}

// Who took part in the events: each person by name once, and Paragraf itself.
struct Agents {
    QStringList names;
    int of(const QString& name) {
        const qsizetype at = names.indexOf(name);
        if (at >= 0)
            return int(at) + 1;
        names << name;
        return int(names.size());
    }
};

struct Event {
    QString type;
    QString when;
    QString detail;
    QString outcome;
    QList<std::pair<int, QString>> agents; // agent number, role
    QStringList objects;                   // file paths
};

QString signatureDetail(const Signature& signature) {
    const QString role = signature.role == SignatoryRole::Secretary ? QStringLiteral("sekreterare")
                         : signature.role == SignatoryRole::Chair   ? QStringLiteral("ordförande")
                                                                    : QStringLiteral("justerare");
    const QString how = signature.method == SigningMethod::OnPaper
                            ? QStringLiteral("undertecknat på papper")
                        : signature.method == SigningMethod::Refused
                            ? QStringLiteral("vägrade underteckna: %1").arg(signature.reason)
                            : QStringLiteral("undertecknat i Paragraf");
    return QStringLiteral("%1 (%2), %3; innehållets SHA-256 %4")
        .arg(signature.name, role, how, signature.contentHash);
}

QString paragraphLabel(const MeetingRecord& record, Id paragraphId) {
    for (const Paragraph& paragraph : record.paragraphs)
        if (paragraph.id == paragraphId)
            return QStringLiteral("§ %1").arg(paragraph.number);
    return QStringLiteral("protokollet i sin helhet");
}

QList<Event> eventsOf(const MeetingRecord& record, const ArchivedMeeting& meeting,
                      const QList<ArchiveFile>& files, Agents& agents) {
    const QStringList protocol{files[meeting.protocolIndex].path,
                               files[meeting.canonicalIndex].path};
    QList<Event> events;
    for (const Signature& signature : record.trail.signatures)
        events << Event{QStringLiteral("signed"),
                        signature.signedAt.toUTC().toString(Qt::ISODate),
                        signatureDetail(signature),
                        signature.method == SigningMethod::Refused ? QStringLiteral("refused")
                                                                   : QStringLiteral("signed"),
                        {{agents.of(signature.name), QStringLiteral("signatory")}},
                        protocol};
    const QDate adjustedOn = adjustedOnOf(record);
    events << Event{
        QStringLiteral("adjusted"),
        (adjustedOn.isValid() ? adjustedOn : record.meeting.adjustmentDate).toString(Qt::ISODate),
        record.trail.signatures.isEmpty()
            ? QStringLiteral("Justerat utan underskrifter i Paragraf (arkiverat)")
            : QStringLiteral("Justerat; innehållets SHA-256 %1")
                  .arg(record.trail.signatures.last().contentHash),
        codeOf(record.meeting.status),
        {},
        protocol};
    for (const Erratum& erratum : record.trail.errata)
        events << Event{QStringLiteral("corrected"),
                        erratum.recordedAt.toUTC().toString(Qt::ISODate),
                        QStringLiteral("Rättelse av %1, beslutad %2: %3 Skäl: %4")
                            .arg(paragraphLabel(record, erratum.paragraphId),
                                 erratum.decidedOn.toString(Qt::ISODate), erratum.correctedText,
                                 erratum.reason),
                        QStringLiteral("rättelse"),
                        {{agents.of(erratum.decidedBy), QStringLiteral("decided")}},
                        protocol};
    if (record.trail.posting) {
        const Posting& posting = *record.trail.posting;
        events << Event{QStringLiteral("posted"),
                        posting.postedOn.toString(Qt::ISODate),
                        posting.takenDownOn.isValid()
                            ? QStringLiteral("Anslaget på anslagstavlan, nedtaget %1")
                                  .arg(posting.takenDownOn.toString(Qt::ISODate))
                            : QStringLiteral("Anslaget på anslagstavlan"),
                        QStringLiteral("posted"),
                        {},
                        protocol};
    }
    return events;
}

void writeEvent(QXmlStreamWriter& xml, const Event& event, int number) {
    xml.writeStartElement(premisNs, QStringLiteral("event"));
    identifier(xml, QStringLiteral("eventIdentifier"), QStringLiteral("eventIdentifier"),
               QStringLiteral("event-%1").arg(number));
    xml.writeEndElement();
    xml.writeTextElement(premisNs, QStringLiteral("eventType"), event.type);
    xml.writeTextElement(premisNs, QStringLiteral("eventDateTime"), event.when);
    xml.writeStartElement(premisNs, QStringLiteral("eventDetailInformation"));
    xml.writeTextElement(premisNs, QStringLiteral("eventDetail"), event.detail);
    xml.writeEndElement();
    xml.writeStartElement(premisNs, QStringLiteral("eventOutcomeInformation"));
    xml.writeTextElement(premisNs, QStringLiteral("eventOutcome"), event.outcome);
    xml.writeEndElement();
    for (const auto& [agent, role] : event.agents) {
        identifier(xml, QStringLiteral("linkingAgentIdentifier"),
                   QStringLiteral("linkingAgentIdentifier"), QStringLiteral("agent-%1").arg(agent));
        xml.writeTextElement(premisNs, QStringLiteral("linkingAgentRole"), role);
        xml.writeEndElement();
    }
    for (const QString& object : event.objects) {
        identifier(xml, QStringLiteral("linkingObjectIdentifier"),
                   QStringLiteral("linkingObjectIdentifier"), object);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeAgent(QXmlStreamWriter& xml, int number, const QString& name, const QString& type) {
    xml.writeStartElement(premisNs, QStringLiteral("agent"));
    identifier(xml, QStringLiteral("agentIdentifier"), QStringLiteral("agentIdentifier"),
               QStringLiteral("agent-%1").arg(number));
    xml.writeEndElement();
    xml.writeTextElement(premisNs, QStringLiteral("agentName"), name);
    xml.writeTextElement(premisNs, QStringLiteral("agentType"), type);
    xml.writeEndElement();
}

} // namespace

QByteArray premisXml(const QList<ArchiveFile>& files, const QList<MeetingRecord>& records,
                     const QList<ArchivedMeeting>& meetings, const QDateTime& createdAt) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeNamespace(premisNs, QStringLiteral("premis"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeStartElement(premisNs, QStringLiteral("premis"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.0"));
    for (const ArchiveFile& file : files)
        writeObject(xml, file);
    Agents agents;
    const int paragraf = agents.of(QStringLiteral("Paragraf"));
    QList<Event> events;
    QStringList all;
    for (const ArchiveFile& file : files)
        all << file.path;
    events << Event{QStringLiteral("message digest calculation"),
                    createdAt.toUTC().toString(Qt::ISODate),
                    QStringLiteral("Paketet skapat; SHA-256 beräknad för varje fil"),
                    QStringLiteral("success"),
                    {{paragraf, QStringLiteral("executing program")}},
                    all};
    for (qsizetype i = 0; i < records.size(); ++i)
        events << eventsOf(records[i], meetings[i], files, agents);
    for (qsizetype i = 0; i < events.size(); ++i)
        writeEvent(xml, events[i], int(i) + 1);
    for (qsizetype i = 0; i < agents.names.size(); ++i)
        writeAgent(xml, int(i) + 1, agents.names[i],
                   i == paragraf - 1 ? QStringLiteral("software") : QStringLiteral("person"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace paragraf
