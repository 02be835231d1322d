#include "JsonChecker.h"

#include "i18n/TrContexts.h"
#include "rules/FieldLimits.h"
#include "text/ComposedText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace paragraf {

// The first problems are listed; a file wrong in every paragraph would otherwise print one
// line per field of thousands of paragraphs.
void JsonChecker::report(const QString& path, const QString& message) {
    constexpr qsizetype listed = 25;
    if (m_problems.size() < listed)
        m_problems << path + QStringLiteral(": ") + message;
    else if (m_problems.size() == listed)
        m_problems << JsonText::tr("… and more problems of the same kind, not listed");
}

bool JsonChecker::present(const QJsonObject& object, const QString& key, const QString& path) {
    if (object.contains(key))
        return true;
    report(path + QLatin1Char('.') + key, JsonText::tr("is missing"));
    return false;
}

QString JsonChecker::string(const QJsonObject& object, const QString& key, const QString& path,
                            Need need) {
    if (need == Need::Optional && !object.contains(key))
        return {};
    if (!present(object, key, path))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        report(path + QLatin1Char('.') + key, JsonText::tr("must be a string"));
        return {};
    }
    // Composed as text typed at the desk is (text/ComposedText.h).
    const QString text = composed(value.toString());
    // A NUL, a bell or an escape is never part of a protocol: the file is damaged or made to
    // harm. Line breaks and tabs belong to texts.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        // A surrogate without its pair is no character at all: stored, it would merge with
        // its neighbour into another one or become bytes that are not UTF-8.
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (text[i].isSurrogate()) {
            report(path + QLatin1Char('.') + key,
                   JsonText::tr("holds a broken character (a lone surrogate) at character %1")
                       .arg(i + 1));
            return {};
        }
        if ((c < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') || (c >= 0x7f && c < 0xa0)) {
            report(path + QLatin1Char('.') + key,
                   JsonText::tr("holds a control character (U+%1) at character %2")
                       .arg(QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper())
                       .arg(i + 1));
            return {};
        }
    }
    if (const int limit = lengthLimitOfJsonKey(key); text.size() > limit) {
        const QLocale locale;
        report(path + QLatin1Char('.') + key,
               JsonText::tr("is %1 characters long; at most %2 are allowed")
                   .arg(locale.toString(text.size()), locale.toString(limit)));
        return text.left(limit);
    }
    return text;
}

bool JsonChecker::boolean(const QJsonObject& object, const QString& key, const QString& path) {
    if (!present(object, key, path))
        return false;
    if (!object.value(key).isBool())
        report(path + QLatin1Char('.') + key, JsonText::tr("must be true or false"));
    return object.value(key).toBool();
}

int JsonChecker::integer(const QJsonObject& object, const QString& key, const QString& path) {
    if (!present(object, key, path))
        return 0;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<int>(number)) {
        report(path + QLatin1Char('.') + key, JsonText::tr("must be a whole number"));
        return 0;
    }
    return static_cast<int>(number);
}

QJsonObject JsonChecker::object(const QJsonObject& object, const QString& key,
                                const QString& path) {
    if (!present(object, key, path))
        return {};
    if (!object.value(key).isObject())
        report(path + QLatin1Char('.') + key, JsonText::tr("must be an object"));
    return object.value(key).toObject();
}

QJsonArray JsonChecker::array(const QJsonObject& object, const QString& key, const QString& path) {
    if (!present(object, key, path))
        return {};
    if (!object.value(key).isArray())
        report(path + QLatin1Char('.') + key, JsonText::tr("must be an array"));
    return object.value(key).toArray();
}

QStringList JsonChecker::strings(const QJsonObject& object, const QString& key,
                                 const QString& path) {
    QStringList result;
    const QJsonArray items = array(object, key, path);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString text = composed(items[i].toString()); // as string() gives them
        if (!items[i].isString() || text.trimmed().isEmpty())
            report(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                   JsonText::tr("must be a non-empty string"));
        else if (const qsizetype length = text.size(); length > limits::line)
            report(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                   JsonText::tr("is %1 characters long; at most %2 are allowed")
                       .arg(QLocale().toString(length), QLocale().toString(limits::line)));
        else
            result << text;
    }
    return result;
}

QDate JsonChecker::date(const QJsonObject& object, const QString& key, const QString& path,
                        Need need) {
    const QString text = string(object, key, path);
    if (text.isEmpty()) {
        if (need == Need::Required && object.value(key).isString())
            report(path + QLatin1Char('.') + key, JsonText::tr("must be a date (YYYY-MM-DD)"));
        return {};
    }
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (!value.isValid() || text.size() != 10)
        report(path + QLatin1Char('.') + key, JsonText::tr("must be a date (YYYY-MM-DD)"));
    return value;
}

QTime JsonChecker::time(const QJsonObject& object, const QString& key, const QString& path) {
    const QString text = string(object, key, path);
    if (text.isEmpty())
        return {};
    const QTime value = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!value.isValid())
        report(path + QLatin1Char('.') + key, JsonText::tr("must be a time of day (HH:MM)"));
    return value;
}

QString JsonChecker::reference(const QJsonObject& object, const QString& key, const QString& path) {
    if (!present(object, key, path))
        return {};
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return {};
    if (!value.isString() || value.toString().isEmpty()) {
        report(path + QLatin1Char('.') + key, JsonText::tr("must be a participant key or null"));
        return {};
    }
    return value.toString();
}

} // namespace paragraf
