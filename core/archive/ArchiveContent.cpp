#include "ArchiveContent.h"

#include "document/DocumentExporter.h"
#include "interchange/MeetingJson.h"
#include "text/CanonicalForm.h"

#include <QSet>

namespace paragraf {
namespace {

ArchiveFile pdfFile(const QString& path, QByteArray bytes, const QString& description) {
    return {path, std::move(bytes), pdfA1bFormat(), description};
}

QString numbersText(const QList<int>& numbers, const QString& separator) {
    QStringList parts;
    for (int number : numbers)
        parts << QString::number(number);
    return parts.join(separator);
}

QList<int> numbersOf(const QString& text) {
    QList<int> numbers;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = part.trimmed().toInt(&ok);
        if (ok && number > 0)
            numbers << number;
    }
    return numbers;
}

// One line of tab-separated text: a tab or line break typed into a name must not split it.
QString cell(QString text) {
    for (QChar& c : text)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return text;
}

DocumentRequest requestFor(const MeetingRecord& record, DocumentKind kind,
                           const QList<int>& numbers = {}) {
    DocumentRequest request;
    request.kind = kind;
    request.paragraphNumbers = numbers;
    if (record.trail.posting)
        request.postedOn = record.trail.posting->postedOn;
    return request;
}

// A PDF of the meeting made in memory as `path`, entered in the register when `issue` is given.
Result<ArchiveFile> renderedPdf(const MeetingRecord& record, const DocumentRequest& request,
                                const QString& path, const QString& description,
                                const IssuePdf& issue) {
    const auto bytes = renderDocument(record, request, DocumentFormat::Pdf);
    if (!bytes)
        return fail(bytes.error());
    ArchiveFile file = pdfFile(path, bytes.value(), description);
    if (issue)
        if (auto issued = issue(request, file); !issued)
            return fail(issued.error());
    return file;
}

// The extracts issued for the meeting, each set of paragraphs once, in the order first issued.
QList<QList<int>> issuedExtracts(const QList<IssuedDocument>& issued) {
    QList<QList<int>> extracts;
    for (const IssuedDocument& document : issued) {
        const QList<int> numbers = numbersOf(document.paragraphs);
        if (document.kind == codeOf(DocumentKind::Extract) && !numbers.isEmpty() &&
            !extracts.contains(numbers))
            extracts << numbers;
    }
    return extracts;
}

bool wasIssued(const QList<IssuedDocument>& issued, DocumentKind kind) {
    return std::any_of(issued.begin(), issued.end(), [&](const IssuedDocument& document) {
        return document.kind == codeOf(kind);
    });
}

} // namespace

Result<QList<ArchiveFile>> meetingFiles(const MeetingRecord& record,
                                        const QList<IssuedDocument>& issued, const QString& folder,
                                        const IssuePdf& issue) {
    struct Pdf {
        DocumentRequest request;
        QString name;
        QString description;
    };
    QList<Pdf> pdfs{{requestFor(record, DocumentKind::Protocol), QStringLiteral("protokoll.pdf"),
                     QStringLiteral("Protokoll")}};
    for (const QList<int>& numbers : issuedExtracts(issued))
        pdfs << Pdf{requestFor(record, DocumentKind::Extract, numbers),
                    QStringLiteral("utdrag-%1.pdf").arg(numbersText(numbers, QStringLiteral("-"))),
                    QStringLiteral("Protokollsutdrag §§ %1")
                        .arg(numbersText(numbers, QStringLiteral(", ")))};
    if (record.trail.posting || wasIssued(issued, DocumentKind::Certificate))
        pdfs << Pdf{requestFor(record, DocumentKind::Certificate),
                    QStringLiteral("anslagsbevis.pdf"), QStringLiteral("Anslagsbevis")};
    if (wasIssued(issued, DocumentKind::Notice))
        pdfs << Pdf{requestFor(record, DocumentKind::Notice), QStringLiteral("kallelse.pdf"),
                    QStringLiteral("Kallelse med föredragningslista")};
    QList<ArchiveFile> files;
    for (const Pdf& pdf : pdfs) {
        const auto file = renderedPdf(record, pdf.request, folder + QLatin1Char('/') + pdf.name,
                                      pdf.description, issue);
        if (!file)
            return fail(file.error());
        files << file.value();
    }
    files << ArchiveFile{folder + QStringLiteral("/kanonisk-form.txt"), canonicalForm(record),
                         plainTextFormat(), QStringLiteral("Protokollets kanoniska form")};
    files << ArchiveFile{folder + QStringLiteral("/sammantrade.json"), meetingToJson(record),
                         jsonFormat(), QStringLiteral("Sammanträdet i JSON")};
    return files;
}

QStringList meetingFolders(const QList<MeetingRecord>& records) {
    QStringList folders;
    QSet<QString> taken;
    for (const MeetingRecord& record : records) {
        const QString date = record.meeting.date.toString(Qt::ISODate);
        QString name = date;
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("%1-%2").arg(date).arg(n);
        taken.insert(name);
        folders << representationData + QLatin1Char('/') + name;
    }
    return folders;
}

ArchiveFile issuedRegister(const QList<MeetingRecord>& records,
                           const QList<QList<IssuedDocument>>& issued) {
    QString text = QStringLiteral("sammanträde\ttyp\tparagrafer\tfilnamn\tsha256\tstorlek\t"
                                  "innehållets_sha256\tutfärdad_utc\tutfärdad_av\tkedjehash\n");
    for (qsizetype i = 0; i < records.size(); ++i)
        for (const IssuedDocument& document : issued.value(i))
            text += QStringList{records[i].meeting.date.toString(Qt::ISODate),
                                document.kind,
                                cell(document.paragraphs),
                                cell(document.fileName),
                                document.sha256,
                                QString::number(document.size),
                                document.contentHash,
                                document.issuedAt.toUTC().toString(Qt::ISODate),
                                cell(document.issuedBy),
                                document.chainHash}
                        .join(QLatin1Char('\t')) +
                    QLatin1Char('\n');
    return {representationData + QStringLiteral("/register-utfardade-handlingar.tsv"),
            text.toUtf8(), plainTextFormat(), QStringLiteral("Register över utfärdade handlingar")};
}

ArchiveFile packageDocumentation(const QString& bodyName, const QStringList& meetingLines) {
    QString text =
        QStringLiteral(
            "Leveranspaket till e-arkiv från Paragraf\n"
            "=========================================\n\n"
            "Organ: %1\n\n"
            "Paketet följer E-ARK CSIP 2.1.0 och E-ARK SIP 2.1.0, som tillsammans är "
            "FGS Paketstruktur 2.0.\n\n"
            "METS.xml                      paketets METS (alla filer med SHA-256)\n"
            "metadata/preservation/        PREMIS 3: filernas kontrollsummor och format,\n"
            "                              händelserna justerad, undertecknad, rättelse, "
            "anslagen\n"
            "representations/rep1/METS.xml representationens METS\n"
            "representations/rep1/data/    en mapp per sammanträde (datum) med:\n"
            "  protokoll.pdf        protokollet (PDF/A-1b)\n"
            "  utdrag-N-M.pdf       utfärdade protokollsutdrag (PDF/A-1b)\n"
            "  anslagsbevis.pdf     anslagsbeviset, när protokollet anslagits\n"
            "  kallelse.pdf         kallelsen, när den utfärdats\n"
            "  kanonisk-form.txt    den text vars SHA-256 underskrifterna binder\n"
            "  sammantrade.json     sammanträdet i Paragrafs utbytesformat\n"
            "  samt register-utfardade-handlingar.tsv: organets register över\n"
            "  utfärdade handlingar för dessa sammanträden\n"
            "schemas/                      XML-scheman som METS-filerna använder\n\n"
            "Kontroll: sha256sum kanonisk-form.txt ger protokollets kontrollsumma, "
            "den som står tryckt sist i protokollet.\n\n"
            "Sammanträden:\n")
            .arg(bodyName);
    for (const QString& line : meetingLines)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return {QStringLiteral("documentation/om-paketet.txt"), text.toUtf8(), plainTextFormat(),
            QStringLiteral("Om paketet")};
}

QString packageName(const QString& bodyName, const QString& what) {
    QString slug;
    for (const QChar c : bodyName.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug = slug.left(60);
    if (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("organ");
    return QStringLiteral("paragraf-%1-%2").arg(slug, what);
}

} // namespace paragraf
