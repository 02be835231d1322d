#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QStringList>
#include <QTime>

namespace paragraf {

SqlQuery::SqlQuery(const QSqlDatabase& connection, const QString& sql)
    : m_query(connection), m_sql(sql) {
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value) {
    // A null QString would be stored as NULL; text columns hold '' for "no text", and NULL only
    // where nullIfEmpty() asks for it.
    const bool nullString =
        value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
    m_query.bindValue(placeholder, nullString ? QVariant(QStringLiteral("")) : value);
    return *this;
}

Status SqlQuery::exec() {
    if (!m_prepared)
        return fail(describeFailure(QStringLiteral("prepare")));
    if (!m_query.exec())
        return fail(describeFailure(QStringLiteral("exec")));
    return {};
}

QString SqlQuery::describeFailure(const QString& what) const {
    QStringList bound;
    const QVariantList values = m_query.boundValues();
    for (const auto& v : values)
        bound << v.toString().left(40);
    return QCoreApplication::translate("SqlQuery", "Database error (%1): %2 [%3] with (%4)")
        .arg(what, m_query.lastError().text(), m_sql.simplified(),
             bound.join(QStringLiteral(", ")));
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoClock(const QTime& time) {
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime clockFromIso(const QString& text) {
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QVariant nullIfEmpty(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfNone(qint64 id) {
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace paragraf
