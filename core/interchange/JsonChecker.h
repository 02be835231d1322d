#pragma once

#include "i18n/TrContexts.h"
#include "model/Codes.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTime>

namespace paragraf {

// Reads values out of JSON while collecting every problem with its JSON path ("$.paragraphs[2]
// .title: …"), so that one pass reports all that is wrong with a file, not just the first thing.
class JsonChecker {
public:
    enum class Need { Required, Optional };

    QString string(const QJsonObject& object, const QString& key, const QString& path,
                   Need need = Need::Required);
    bool boolean(const QJsonObject& object, const QString& key, const QString& path);
    int integer(const QJsonObject& object, const QString& key, const QString& path);
    QJsonObject object(const QJsonObject& object, const QString& key, const QString& path);
    QJsonArray array(const QJsonObject& object, const QString& key, const QString& path);
    QStringList strings(const QJsonObject& object, const QString& key, const QString& path);
    QDate date(const QJsonObject& object, const QString& key, const QString& path, Need need);
    QTime time(const QJsonObject& object, const QString& key, const QString& path);
    // A reference such as "p3" or null; empty when null.
    QString reference(const QJsonObject& object, const QString& key, const QString& path);

    template <typename Enum>
    Enum code(const QJsonObject& object, const QString& key, const QString& path, Enum fallback) {
        const QString text = string(object, key, path);
        if (text.isEmpty())
            return fallback;
        if (auto value = enumFromCode<Enum>(text))
            return *value;
        report(path + QLatin1Char('.') + key,
               JsonText::tr("must be one of %1").arg(allCodes<Enum>().join(QStringLiteral(", "))));
        return fallback;
    }

    void report(const QString& path, const QString& message);
    const QStringList& problems() const { return m_problems; }

private:
    bool present(const QJsonObject& object, const QString& key, const QString& path);

    QStringList m_problems;
};

} // namespace paragraf
