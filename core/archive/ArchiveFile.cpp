#include "ArchiveFile.h"

#include <QCryptographicHash>

namespace paragraf {

// PRONOM: fmt/95 is PDF/A-1b, fmt/817 JSON, fmt/101 XML 1.0, x-fmt/111 plain text. An XML
// Schema has no identifier of its own beyond XML.
ArchiveFormat pdfA1bFormat() {
    return {QStringLiteral("application/pdf"), QStringLiteral("PDF/A-1b"), QStringLiteral("1b"),
            QStringLiteral("fmt/95")};
}

ArchiveFormat jsonFormat() {
    return {QStringLiteral("application/json"), QStringLiteral("JSON"), QString(),
            QStringLiteral("fmt/817")};
}

ArchiveFormat xmlFormat() {
    return {QStringLiteral("application/xml"), QStringLiteral("XML"), QStringLiteral("1.0"),
            QStringLiteral("fmt/101")};
}

ArchiveFormat xmlSchemaFormat() {
    return {QStringLiteral("application/xml"), QStringLiteral("XML Schema"), QStringLiteral("1.0"),
            QStringLiteral("fmt/101")};
}

ArchiveFormat plainTextFormat() {
    return {QStringLiteral("text/plain"), QStringLiteral("Plain text (UTF-8)"), QString(),
            QStringLiteral("x-fmt/111")};
}

QString ArchiveFile::sha256() const {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace paragraf
