#include "PdfMetadata.h"

#include "model/Codes.h"

#include <QRegularExpression>

namespace paragraf {
namespace {

QString xml(const QString& text) {
    return text.toHtmlEscaped();
}

// ISO 8601 with the offset, as XMP dates are written.
QString xmpDate(const QDateTime& at) {
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString keywordsOf(const ProtocolSeal& seal) {
    return QStringLiteral("paragraf-sha256:%1 paragraf-status:%2 paragraf-meeting:%3 "
                          "paragraf-date:%4")
        .arg(seal.contentHash, seal.status)
        .arg(seal.meetingId)
        .arg(seal.meetingDate.toString(Qt::ISODate));
}

} // namespace

QByteArray xmpPacket(const PdfFacts& facts, const QDateTime& created) {
    QString description;
    if (!facts.description.isEmpty())
        description =
            QStringLiteral("      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                           "%1</rdf:li></rdf:Alt></dc:description>\n")
                .arg(xml(facts.description));
    const QString keywords =
        facts.seal ? QStringLiteral(" pdf:Keywords=\"%1\"").arg(xml(keywordsOf(*facts.seal)))
                   : QString();
    const QString packet =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
            "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>"
            "</dc:title>\n"
            "%2"
            "    </rdf:Description>\n"
            "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\""
            " xmp:CreatorTool=\"Paragraf\" xmp:CreateDate=\"%3\" xmp:ModifyDate=\"%3\"/>\n"
            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\""
            " pdf:Producer=\"Qt %4\"%5/>\n"
            "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\""
            " pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
            "  </rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end='w'?>\n")
            .arg(xml(facts.title), description, xmpDate(created), QString::fromLatin1(qVersion()),
                 keywords);
    return packet.toUtf8();
}

QString infoCreationStamp(const QByteArray& pdf) {
    static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:(\\d{14})"));
    const auto match = date.match(QString::fromLatin1(pdf.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<ProtocolSeal> readSeal(const QByteArray& pdf) {
    // The metadata stream is never compressed in PDF/A, so the keywords are plain bytes.
    static const QRegularExpression keywords(
        QStringLiteral("paragraf-sha256:([0-9a-f]{64}) paragraf-status:([a-z_]+) "
                       "paragraf-meeting:(\\d+) paragraf-date:(\\d{4}-\\d\\d-\\d\\d)"));
    const auto match = keywords.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return std::nullopt;
    return ProtocolSeal{match.captured(1), match.captured(2), match.captured(3).toLongLong(),
                        QDate::fromString(match.captured(4), Qt::ISODate)};
}

} // namespace paragraf
