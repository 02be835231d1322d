#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QtEndian>
#include <gtest/gtest.h>
#include <zlib.h>

namespace paragraf::test {

// Text of every page of a PDF through poppler's pdftotext, as an archivist's tools read it.
inline QStringList pdfPages(const QString& pdf, bool layout = false) {
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished();
    int pages = 0;
    for (const QString& line :
         QString::fromUtf8(info.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            pages = line.section(QLatin1Char(':'), 1).trimmed().toInt();
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        QProcess text;
        QStringList arguments{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page)};
        if (layout)
            arguments << QStringLiteral("-layout");
        text.start(QStringLiteral("pdftotext"), arguments + QStringList{pdf, QStringLiteral("-")});
        text.waitForFinished();
        texts << QString::fromUtf8(text.readAllStandardOutput());
    }
    return texts;
}

// Each word of one page (1-based) with its box in points from the top left, as pdftotext -bbox
// gives it: where text stands on the page, to see that nothing overlaps.
struct PdfWord {
    QString text;
    QRectF box;
};
inline QList<PdfWord> pdfWords(const QString& pdf, int page) {
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    text.waitForFinished();
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    const QString html = QString::fromUtf8(text.readAllStandardOutput());
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words << PdfWord{m.captured(5),
                         QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))};
    }
    return words;
}

// PARAGRAF_KEEP_DOCUMENTS=DIR keeps a copy of the PDF there as NAME.pdf, to look at.
inline void keepDocument(const QString& pdf, const QString& name) {
    if (const QString dir = qEnvironmentVariable("PARAGRAF_KEEP_DOCUMENTS"); !dir.isEmpty())
        QFile::copy(pdf, QDir(dir).filePath(name + QStringLiteral(".pdf")));
}

// Compares each page's text with tests/data/golden/NAME/page-N.txt under `goldenRoot`;
// PARAGRAF_UPDATE_GOLDEN=1 writes the files instead (then read them before committing).
inline void expectGoldenTexts(const QStringList& pages, const QString& name,
                              const QString& goldenRoot) {
    ASSERT_FALSE(pages.isEmpty());
    const QDir dir(goldenRoot + QLatin1Char('/') + name);
    if (qEnvironmentVariableIsSet("PARAGRAF_UPDATE_GOLDEN")) {
        QDir().mkpath(dir.path());
        for (const QString& old : dir.entryList({QStringLiteral("*.txt")}))
            QFile::remove(dir.filePath(old));
        for (int i = 0; i < pages.size(); ++i) {
            QFile file(dir.filePath(QStringLiteral("page-%1.txt").arg(i + 1)));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(pages[i].toUtf8());
        }
        return;
    }
    EXPECT_EQ(dir.entryList({QStringLiteral("page-*.txt")}).size(), pages.size())
        << name.toStdString();
    for (int i = 0; i < pages.size(); ++i) {
        QFile file(dir.filePath(QStringLiteral("page-%1.txt").arg(i + 1)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        EXPECT_EQ(pages[i], QString::fromUtf8(file.readAll()))
            << name.toStdString() << " page " << i + 1;
    }
}

// Every page of a PDF against its golden text, as above; the PDF is kept as keepDocument says.
inline void expectGoldenPages(const QString& pdf, const QString& name, const QString& goldenRoot) {
    keepDocument(pdf, name);
    expectGoldenTexts(pdfPages(pdf), name, goldenRoot);
}

// The XMP packet of a PDF: PDF/A keeps it uncompressed, from "<?xpacket begin" to its end.
inline QByteArray xmpOf(const QByteArray& pdf) {
    const qsizetype begin = pdf.indexOf("<?xpacket begin");
    const QByteArray endMark = "<?xpacket end='w'?>";
    const qsizetype end = pdf.indexOf(endMark, begin);
    return begin < 0 || end < 0 ? QByteArray() : pdf.mid(begin, end + endMark.size() - begin);
}

// One file of a zip archive (an ODT), found through the central directory and inflated.
inline QByteArray zipEntry(const QByteArray& zip, const QByteArray& name) {
    const auto u16 = [&](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return {};
    qsizetype entry = u32(end + 16);
    for (int i = 0; i < u16(end + 10) && entry + 46 <= zip.size(); ++i) {
        const quint16 method = u16(entry + 10);
        const quint32 packed = u32(entry + 20), size = u32(entry + 24);
        const quint16 nameLength = u16(entry + 28);
        const qsizetype local = u32(entry + 42);
        if (zip.mid(entry + 46, nameLength) == name) {
            const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
            const QByteArray stored = zip.mid(data, packed);
            if (method == 0)
                return stored;
            QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
            z_stream stream{};
            inflateInit2(&stream, -MAX_WBITS);
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.constData()));
            stream.avail_in = static_cast<uInt>(stored.size());
            stream.next_out = reinterpret_cast<Bytef*>(out.data());
            stream.avail_out = static_cast<uInt>(out.size());
            inflate(&stream, Z_FINISH);
            inflateEnd(&stream);
            return out;
        }
        entry += 46 + nameLength + u16(entry + 30) + u16(entry + 32);
    }
    return {};
}

} // namespace paragraf::test
