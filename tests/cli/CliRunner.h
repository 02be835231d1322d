#pragma once

// Runs paragraf-cli as a script would, in a chosen language, and reads what it printed.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace paragraf::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& arguments, const QString& language = QStringLiteral("C"),
                  const QStringList& prefix = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), language);
    environment.insert(QStringLiteral("LANG"), language);
    process.setProcessEnvironment(environment);
    if (prefix.isEmpty())
        process.start(QStringLiteral(PARAGRAF_CLI), arguments);
    else
        process.start(prefix.first(),
                      prefix.mid(1) + QStringList{QStringLiteral(PARAGRAF_CLI)} + arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// All the text of a PDF, as poppler's pdftotext reads it.
inline QString pdfText(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QByteArray hashOf(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace paragraf::test
