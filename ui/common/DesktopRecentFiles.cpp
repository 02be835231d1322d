#include "DesktopRecentFiles.h"

#include "io/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const QString bookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString mimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

QString stamp(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

void writeEntry(QXmlStreamWriter& out, const QString& href, const QString& added,
                const QString& now) {
    out.writeStartElement(QStringLiteral("bookmark"));
    out.writeAttribute(QStringLiteral("href"), href);
    out.writeAttribute(QStringLiteral("added"), added);
    out.writeAttribute(QStringLiteral("modified"), now);
    out.writeAttribute(QStringLiteral("visited"), now);
    out.writeStartElement(QStringLiteral("info"));
    out.writeStartElement(QStringLiteral("metadata"));
    out.writeAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    out.writeEmptyElement(mimeNs, QStringLiteral("mime-type"));
    out.writeAttribute(QStringLiteral("type"), QStringLiteral("application/x-paragraf"));
    out.writeStartElement(bookmarkNs, QStringLiteral("applications"));
    out.writeEmptyElement(bookmarkNs, QStringLiteral("application"));
    out.writeAttribute(QStringLiteral("name"), QStringLiteral("Paragraf"));
    out.writeAttribute(QStringLiteral("exec"), QStringLiteral("'paragraf %f'"));
    out.writeAttribute(QStringLiteral("modified"), now);
    out.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    out.writeEndElement(); // applications
    out.writeEndElement(); // metadata
    out.writeEndElement(); // info
    out.writeEndElement(); // bookmark
}

void startList(QXmlStreamWriter& out) {
    out.writeStartDocument();
    out.writeNamespace(bookmarkNs, QStringLiteral("bookmark"));
    out.writeNamespace(mimeNs, QStringLiteral("mime"));
    out.writeStartElement(QStringLiteral("xbel"));
    out.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
}

// Copies the existing list token by token, leaving out the file's old entry (whose 'added' time
// it keeps) and putting the new entry last, before </xbel>. False if the list is not XBEL.
bool copyWithEntry(QXmlStreamReader& in, QXmlStreamWriter& out, const QString& href,
                   const QString& now) {
    QString added = now;
    int depth = 0;
    bool sawRoot = false;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement()) {
            if (depth == 0 && in.name() != QLatin1String("xbel"))
                return false;
            sawRoot = true;
            if (depth == 1 && in.name() == QLatin1String("bookmark") &&
                in.attributes().value(QLatin1String("href")) == href) {
                added = in.attributes().value(QLatin1String("added")).toString();
                in.skipCurrentElement();
                continue;
            }
            ++depth;
        } else if (in.isEndElement()) {
            if (--depth == 0)
                writeEntry(out, href, added.isEmpty() ? now : added, now);
        }
        out.writeCurrentToken(in);
    }
    return sawRoot && !in.hasError();
}

} // namespace

namespace DesktopRecentFiles {

QString listPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/recently-used.xbel");
}

bool add(const QString& path, const QDateTime& when) {
    const QString href =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString now = stamp(when);
    QFile existing(listPath());
    QDir().mkpath(QFileInfo(listPath()).absolutePath());
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    out.setAutoFormatting(true);
    if (existing.size() > 0) {
        if (!existing.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader in(&existing);
        if (!copyWithEntry(in, out, href, now))
            return false; // nothing is written; the list stays as it was
    } else {
        startList(out);
        writeEntry(out, href, now, now);
        out.writeEndElement();
        out.writeEndDocument();
    }
    existing.close();
    return paragraf::saveAtomically(listPath(), bytes).ok();
}

} // namespace DesktopRecentFiles
