#include "MetsWriter.h"

#include <QXmlStreamWriter>

namespace paragraf {
namespace {

const QString metsNs = QStringLiteral("http://www.loc.gov/METS/");
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString csipNs = QStringLiteral("https://DILCIS.eu/XML/METS/CSIPExtensionMETS");
const QString sipNs = QStringLiteral("https://DILCIS.eu/XML/METS/SIPExtensionMETS");
const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const QString contentType = QStringLiteral("Paragraf protokoll");

QString timestamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODate);
}

// A file's checksum, size, MIME type and creation, as every file and metadata reference in a
// CSIP METS carries them.
void fileFacts(QXmlStreamWriter& xml, const ArchiveFile& file, const QDateTime& createdAt) {
    xml.writeAttribute(QStringLiteral("MIMETYPE"), file.format.mimeType);
    xml.writeAttribute(QStringLiteral("SIZE"), QString::number(file.bytes.size()));
    xml.writeAttribute(QStringLiteral("CREATED"), timestamp(createdAt));
    xml.writeAttribute(QStringLiteral("CHECKSUM"), file.sha256());
    xml.writeAttribute(QStringLiteral("CHECKSUMTYPE"), QStringLiteral("SHA-256"));
}

void link(QXmlStreamWriter& xml, const QString& href) {
    xml.writeAttribute(QStringLiteral("LOCTYPE"), QStringLiteral("URL"));
    xml.writeAttribute(xlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
    xml.writeAttribute(xlinkNs, QStringLiteral("href"), href);
}

// The METS root and its header, as CSIP asks: OBJID, TYPE, content information type, the
// profile, the header's dates, the package type and the software that made it.
void openMets(QXmlStreamWriter& xml, const MetsHeader& header, const QString& objectId) {
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeNamespace(metsNs, QStringLiteral("mets"));
    xml.writeNamespace(xlinkNs, QStringLiteral("xlink"));
    xml.writeNamespace(csipNs, QStringLiteral("csip"));
    xml.writeNamespace(sipNs, QStringLiteral("sip"));
    xml.writeNamespace(xsiNs, QStringLiteral("xsi"));
    xml.writeStartElement(metsNs, QStringLiteral("mets"));
    xml.writeAttribute(QStringLiteral("OBJID"), objectId);
    xml.writeAttribute(QStringLiteral("LABEL"), header.label);
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("Textual works – Digital"));
    xml.writeAttribute(csipNs, QStringLiteral("CONTENTINFORMATIONTYPE"), QStringLiteral("OTHER"));
    xml.writeAttribute(csipNs, QStringLiteral("OTHERCONTENTINFORMATIONTYPE"), contentType);
    xml.writeAttribute(QStringLiteral("PROFILE"),
                       QStringLiteral("https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"));
    xml.writeAttribute(xsiNs, QStringLiteral("schemaLocation"),
                       QStringLiteral("http://www.loc.gov/METS/ schemas/mets.xsd "
                                      "http://www.w3.org/1999/xlink schemas/xlink.xsd "
                                      "https://DILCIS.eu/XML/METS/CSIPExtensionMETS "
                                      "schemas/DILCISExtensionMETS.xsd "
                                      "https://DILCIS.eu/XML/METS/SIPExtensionMETS "
                                      "schemas/DILCISExtensionSIPMETS.xsd"));
    xml.writeStartElement(metsNs, QStringLiteral("metsHdr"));
    xml.writeAttribute(QStringLiteral("CREATEDATE"), timestamp(header.createdAt));
    xml.writeAttribute(QStringLiteral("LASTMODDATE"), timestamp(header.createdAt));
    xml.writeAttribute(QStringLiteral("RECORDSTATUS"), QStringLiteral("NEW"));
    xml.writeAttribute(csipNs, QStringLiteral("OAISPACKAGETYPE"), QStringLiteral("SIP"));
    xml.writeStartElement(metsNs, QStringLiteral("agent"));
    xml.writeAttribute(QStringLiteral("ROLE"), QStringLiteral("CREATOR"));
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("OTHER"));
    xml.writeAttribute(QStringLiteral("OTHERTYPE"), QStringLiteral("SOFTWARE"));
    xml.writeTextElement(metsNs, QStringLiteral("name"), QStringLiteral("Paragraf"));
    xml.writeStartElement(metsNs, QStringLiteral("note"));
    xml.writeAttribute(csipNs, QStringLiteral("NOTETYPE"), QStringLiteral("SOFTWARE VERSION"));
    xml.writeCharacters(header.softwareVersion);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(metsNs, QStringLiteral("agent"));
    xml.writeAttribute(QStringLiteral("ROLE"), QStringLiteral("ARCHIVIST"));
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("ORGANIZATION"));
    xml.writeTextElement(metsNs, QStringLiteral("name"), header.archivist);
    xml.writeEndElement();
    xml.writeEndElement(); // metsHdr
}

void writeFile(QXmlStreamWriter& xml, const ArchiveFile& file, const QString& id,
               const QString& href, const QDateTime& createdAt) {
    xml.writeStartElement(metsNs, QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("ID"), id);
    fileFacts(xml, file, createdAt);
    xml.writeAttribute(sipNs, QStringLiteral("FILEFORMATNAME"), file.format.name);
    if (!file.format.version.isEmpty())
        xml.writeAttribute(sipNs, QStringLiteral("FILEFORMATVERSION"), file.format.version);
    if (!file.format.pronom.isEmpty()) {
        xml.writeAttribute(sipNs, QStringLiteral("FORMATREGISTRY"), QStringLiteral("PRONOM"));
        xml.writeAttribute(sipNs, QStringLiteral("FORMATREGISTRYKEY"), file.format.pronom);
    }
    xml.writeStartElement(metsNs, QStringLiteral("FLocat"));
    link(xml, href);
    if (!file.description.isEmpty())
        xml.writeAttribute(xlinkNs, QStringLiteral("title"), file.description);
    xml.writeEndElement();
    xml.writeEndElement();
}

// A file group; every group says its content information type (CSIP62, CSIP63).
void openGroup(QXmlStreamWriter& xml, const QString& id, const QString& use) {
    xml.writeStartElement(metsNs, QStringLiteral("fileGrp"));
    xml.writeAttribute(QStringLiteral("ID"), id);
    xml.writeAttribute(QStringLiteral("USE"), use);
    xml.writeAttribute(csipNs, QStringLiteral("CONTENTINFORMATIONTYPE"), QStringLiteral("OTHER"));
    xml.writeAttribute(csipNs, QStringLiteral("OTHERCONTENTINFORMATIONTYPE"), contentType);
}

void openDiv(QXmlStreamWriter& xml, const QString& id, const QString& label) {
    xml.writeStartElement(metsNs, QStringLiteral("div"));
    xml.writeAttribute(QStringLiteral("ID"), id);
    xml.writeAttribute(QStringLiteral("LABEL"), label);
}

void pointer(QXmlStreamWriter& xml, const QString& fileId) {
    xml.writeStartElement(metsNs, QStringLiteral("fptr"));
    xml.writeAttribute(QStringLiteral("FILEID"), fileId);
    xml.writeEndElement();
}

// A file's path relative to the folder of the METS that names it.
QString relative(const QString& path, const QString& folder) {
    return folder.isEmpty() ? path : path.mid(folder.size() + 1);
}

} // namespace

QByteArray representationMets(const MetsHeader& header, const QList<ArchiveFile>& data) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    openMets(xml, header, QStringLiteral("rep1"));
    xml.writeStartElement(metsNs, QStringLiteral("fileSec"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("filesec-rep1"));
    openGroup(xml, QStringLiteral("grp-data"), QStringLiteral("Data"));
    for (qsizetype i = 0; i < data.size(); ++i)
        writeFile(xml, data[i], QStringLiteral("file-%1").arg(i + 1),
                  relative(data[i].path, QStringLiteral("representations/rep1")), header.createdAt);
    xml.writeEndElement(); // fileGrp
    xml.writeEndElement(); // fileSec
    xml.writeStartElement(metsNs, QStringLiteral("structMap"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("structmap-rep1"));
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("PHYSICAL"));
    xml.writeAttribute(QStringLiteral("LABEL"), QStringLiteral("CSIP"));
    openDiv(xml, QStringLiteral("div-rep1"), QStringLiteral("rep1"));
    openDiv(xml, QStringLiteral("div-rep1-data"), QStringLiteral("Data"));
    pointer(xml, QStringLiteral("grp-data"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // structMap
    xml.writeEndElement(); // mets
    xml.writeEndDocument();
    return out;
}

QByteArray packageMets(const MetsHeader& header, const ArchiveFile& premis,
                       const QList<ArchiveFile>& documentation, const QList<ArchiveFile>& schemas,
                       const ArchiveFile& representation) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    openMets(xml, header, header.objectId);
    xml.writeStartElement(metsNs, QStringLiteral("amdSec"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("amdsec"));
    xml.writeStartElement(metsNs, QStringLiteral("digiprovMD"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("digiprov-premis"));
    xml.writeAttribute(QStringLiteral("STATUS"), QStringLiteral("CURRENT"));
    xml.writeStartElement(metsNs, QStringLiteral("mdRef"));
    link(xml, premis.path);
    xml.writeAttribute(QStringLiteral("MDTYPE"), QStringLiteral("PREMIS"));
    fileFacts(xml, premis, header.createdAt);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // amdSec
    xml.writeStartElement(metsNs, QStringLiteral("fileSec"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("filesec"));
    openGroup(xml, QStringLiteral("grp-documentation"), QStringLiteral("Documentation"));
    for (qsizetype i = 0; i < documentation.size(); ++i)
        writeFile(xml, documentation[i], QStringLiteral("doc-%1").arg(i + 1), documentation[i].path,
                  header.createdAt);
    xml.writeEndElement();
    openGroup(xml, QStringLiteral("grp-schemas"), QStringLiteral("Schemas"));
    for (qsizetype i = 0; i < schemas.size(); ++i)
        writeFile(xml, schemas[i], QStringLiteral("schema-%1").arg(i + 1), schemas[i].path,
                  header.createdAt);
    xml.writeEndElement();
    openGroup(xml, QStringLiteral("grp-rep1"), QStringLiteral("Representations/rep1"));
    writeFile(xml, representation, QStringLiteral("rep1-mets"), representation.path,
              header.createdAt);
    xml.writeEndElement();
    xml.writeEndElement(); // fileSec
    xml.writeStartElement(metsNs, QStringLiteral("structMap"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("structmap"));
    xml.writeAttribute(QStringLiteral("TYPE"), QStringLiteral("PHYSICAL"));
    xml.writeAttribute(QStringLiteral("LABEL"), QStringLiteral("CSIP"));
    openDiv(xml, QStringLiteral("div-package"), header.objectId);
    openDiv(xml, QStringLiteral("div-metadata"), QStringLiteral("Metadata"));
    xml.writeAttribute(QStringLiteral("ADMID"), QStringLiteral("digiprov-premis"));
    xml.writeEndElement();
    openDiv(xml, QStringLiteral("div-documentation"), QStringLiteral("Documentation"));
    pointer(xml, QStringLiteral("grp-documentation"));
    xml.writeEndElement();
    openDiv(xml, QStringLiteral("div-schemas"), QStringLiteral("Schemas"));
    pointer(xml, QStringLiteral("grp-schemas"));
    xml.writeEndElement();
    openDiv(xml, QStringLiteral("div-representations"), QStringLiteral("Representations"));
    pointer(xml, QStringLiteral("grp-rep1"));
    openDiv(xml, QStringLiteral("div-rep1"), QStringLiteral("Representations/rep1"));
    xml.writeStartElement(metsNs, QStringLiteral("mptr"));
    link(xml, representation.path);
    xml.writeAttribute(xlinkNs, QStringLiteral("title"), QStringLiteral("grp-rep1"));
    xml.writeEndElement();
    xml.writeEndElement(); // div rep1
    xml.writeEndElement(); // div representations
    xml.writeEndElement(); // div package
    xml.writeEndElement(); // structMap
    xml.writeEndElement(); // mets
    xml.writeEndDocument();
    return out;
}

} // namespace paragraf
