#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

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

} // namespace paragraf::test
