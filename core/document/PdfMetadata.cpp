#include "PdfMetadata.h"

#include "model/Codes.h"

#include <QRegularExpression>

namespace paragraf {
namespace {

QString xml(const QString& text) {
    return metadataText(text).toHtmlEscaped();
}

// Where the creation date goes until the Info dictionary's is known: as wide as the widest XMP
// date ("2024-11-11T10:00:00+01:00"), so that the date and the spaces after it take its place
// byte for byte and no offset in the file moves.
const QByteArray datePlaceholder = QByteArrayLiteral("\"0000-00-00T00:00:00+00:00\"");

QString keywordsOf(const ProtocolSeal& seal) {
    return QStringLiteral("paragraf-sha256:%1 paragraf-status:%2 paragraf-meeting:%3 "
                          "paragraf-date:%4")
        .arg(seal.contentHash, seal.status)
        .arg(seal.meetingId)
        .arg(seal.meetingDate.toString(Qt::ISODate));
}

} // namespace

QString metadataText(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        // XML 1.0 allows tab, line feed and carriage return below U+0020, no U+FFFE or U+FFFF
        // and no surrogate that is not half of a pair.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f ||
                   (u >= 0x80 && u < 0xa0) || c.isSurrogate() || u == 0xfffe || u == 0xffff) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray xmpPacket(const PdfFacts& facts) {
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
            " xmp:CreatorTool=\"Paragraf\" xmp:CreateDate=%3 xmp:ModifyDate=%3/>\n"
            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\""
            " pdf:Producer=\"Qt %4\"%5/>\n"
            "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\""
            " pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
            "  </rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end='w'?>\n")
            .arg(xml(facts.title), description, QString::fromLatin1(datePlaceholder),
                 QString::fromLatin1(qVersion()), keywords);
    return packet.toUtf8();
}

QString infoCreationDate(const QByteArray& pdf) {
    // D:YYYYMMDDHHmmSS, then Z, +HH'mm', -HH'mm' or nothing (local time, offset unknown).
    static const QRegularExpression date(QStringLiteral(
        "/CreationDate "
        "\\(D:(\\d{4})(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(Z|([+-])(\\d\\d)'(\\d\\d)'?)?\\)"));
    const auto match = date.match(QString::fromLatin1(pdf.left(64 * 1024)));
    if (!match.hasMatch())
        return {};
    QString xmp = QStringLiteral("%1-%2-%3T%4:%5:%6")
                      .arg(match.captured(1), match.captured(2), match.captured(3),
                           match.captured(4), match.captured(5), match.captured(6));
    if (match.captured(7) == QLatin1String("Z"))
        xmp += QLatin1Char('Z');
    else if (!match.captured(8).isEmpty())
        xmp += match.captured(8) + match.captured(9) + QLatin1Char(':') + match.captured(10);
    return xmp;
}

bool stampXmpDates(QByteArray& pdf) {
    const QString created = infoCreationDate(pdf);
    if (created.isEmpty())
        return false;
    QByteArray value = '"' + created.toLatin1() + '"';
    if (value.size() > datePlaceholder.size())
        return false;
    value += QByteArray(datePlaceholder.size() - value.size(), ' ');
    int stamped = 0;
    for (qsizetype at = pdf.indexOf(datePlaceholder); at >= 0;
         at = pdf.indexOf(datePlaceholder, at + value.size())) {
        pdf.replace(at, value.size(), value);
        ++stamped;
    }
    return stamped == 2; // xmp:CreateDate and xmp:ModifyDate
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
