#include "ServerAddress.h"

#include "i18n/TrContexts.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace paragraf {
namespace {

// libpq's connection keywords (PostgreSQL 15, "Parameter Key Words"): a connection string's
// first word must be one of them, so that a file named "a=b" is still a file.
const QSet<QString>& keywords() {
    static const QSet<QString> known{QStringLiteral("host"),
                                     QStringLiteral("hostaddr"),
                                     QStringLiteral("port"),
                                     QStringLiteral("dbname"),
                                     QStringLiteral("user"),
                                     QStringLiteral("password"),
                                     QStringLiteral("passfile"),
                                     QStringLiteral("channel_binding"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("client_encoding"),
                                     QStringLiteral("options"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("fallback_application_name"),
                                     QStringLiteral("keepalives"),
                                     QStringLiteral("keepalives_idle"),
                                     QStringLiteral("keepalives_interval"),
                                     QStringLiteral("keepalives_count"),
                                     QStringLiteral("tcp_user_timeout"),
                                     QStringLiteral("replication"),
                                     QStringLiteral("gssencmode"),
                                     QStringLiteral("sslmode"),
                                     QStringLiteral("requiressl"),
                                     QStringLiteral("sslcompression"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("sslpassword"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcrl"),
                                     QStringLiteral("sslcrldir"),
                                     QStringLiteral("sslsni"),
                                     QStringLiteral("requirepeer"),
                                     QStringLiteral("ssl_min_protocol_version"),
                                     QStringLiteral("ssl_max_protocol_version"),
                                     QStringLiteral("krbsrvname"),
                                     QStringLiteral("gsslib"),
                                     QStringLiteral("service"),
                                     QStringLiteral("target_session_attrs")};
    return known;
}

bool isUri(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Error notAnAddress(const QString& why) {
    return fail(DatabaseText::tr("This is not a server address: %1").arg(why));
}

// The text as the person wrote it, for a message about a malformed one, without the password a
// URI's user:password@ may carry.
QString asWrittenWithoutPassword(const QString& text) {
    QString shown = text.trimmed();
    const qsizetype start = shown.indexOf(QLatin1String("://")) + 3;
    qsizetype end = start;
    while (end < shown.size() && shown[end] != QLatin1Char('/') && shown[end] != QLatin1Char('?'))
        ++end;
    const qsizetype at = shown.lastIndexOf(QLatin1Char('@'), end - 1);
    const qsizetype colon = shown.indexOf(QLatin1Char(':'), start);
    if (at >= start && colon >= 0 && colon < at)
        shown.remove(colon, at - colon);
    return shown;
}

Error malformed(const QString& text, const QString& why) {
    return fail(DatabaseText::tr("The server address %1 is malformed: %2")
                    .arg(asWrittenWithoutPassword(text), why));
}

// A % in a URI begins an escape of two hexadecimal digits (%40 for @); anything else is a typo,
// not part of a name or a password.
bool hasBadEscape(const QString& text) {
    static const QRegularExpression bad(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    return bad.match(text).hasMatch();
}

// A value as libpq reads it: quoted with '…' when it has spaces, quotes or backslashes.
QString quoted(const QString& value) {
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString decoded(const QString& part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString& part) {
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// host[:port], also [v6]:port; several separated by commas, as libpq takes them. False when a
// [ is not closed by a ] (or a ] opened by none).
bool addHosts(ServerAddress& address, const QString& hostList) {
    QStringList hosts, ports;
    bool anyPort = false;
    for (const QString& entry : hostList.split(QLatin1Char(','))) {
        QString host = entry, port;
        const qsizetype close = entry.lastIndexOf(QLatin1Char(']'));
        if (entry.startsWith(QLatin1Char('[')) != (close >= 0) ||
            entry.count(QLatin1Char('[')) > 1 || entry.count(QLatin1Char(']')) > 1)
            return false;
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > close && (close >= 0 || entry.count(QLatin1Char(':')) == 1)) {
            host = entry.left(colon);
            port = entry.mid(colon + 1);
            anyPort = anyPort || !port.isEmpty();
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        hosts << decoded(host);
        ports << port;
    }
    if (!hosts.join(QString()).isEmpty())
        address.options.append({QStringLiteral("host"), hosts.join(QLatin1Char(','))});
    if (anyPort)
        address.options.append({QStringLiteral("port"), ports.join(QLatin1Char(','))});
    return true;
}

Result<ServerAddress> parseUri(const QString& text) {
    if (hasBadEscape(text))
        return malformed(text, DatabaseText::tr("a % must be followed by two hexadecimal digits "
                                                "(%40 stands for @)."));
    ServerAddress address;
    address.uri = true;
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QString database;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        database = decoded(rest.mid(slash + 1));
        rest = rest.left(slash);
    }
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString credentials = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
        const QString user = decoded(colon < 0 ? credentials : credentials.left(colon));
        if (!user.isEmpty())
            address.options.append({QStringLiteral("user"), user});
        if (colon >= 0)
            address.password = decoded(credentials.mid(colon + 1));
    }
    if (!addHosts(address, rest))
        return malformed(text,
                         DatabaseText::tr("a [ around an IPv6 address is not closed by a ]."));
    if (!database.isEmpty())
        address.options.append({QStringLiteral("dbname"), database});
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (!keywords().contains(key))
            return notAnAddress(DatabaseText::tr("%1 is not a connection option.").arg(key));
        if (key == QLatin1String("password"))
            address.password = value;
        else
            address.options.append({key, value});
    }
    return address;
}

// libpq's key = value list: values may be '…' quoted, with \' and \\ inside.
Result<ServerAddress> parseKeywords(const QString& text) {
    ServerAddress address;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    while (skipSpace(), i < n) {
        const qsizetype start = i;
        while (i < n && text[i] != QLatin1Char('=') && !text[i].isSpace())
            ++i;
        const QString key = text.mid(start, i - start);
        skipSpace();
        if (i >= n || text[i] != QLatin1Char('='))
            return notAnAddress(DatabaseText::tr("%1 has no value (key=value).").arg(key));
        ++i;
        skipSpace();
        QString value;
        if (i < n && text[i] == QLatin1Char('\'')) {
            for (++i; i < n && text[i] != QLatin1Char('\''); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i];
            }
            if (i >= n)
                return notAnAddress(DatabaseText::tr("a quote is not closed."));
            ++i;
        } else {
            for (; i < n && !text[i].isSpace(); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i];
            }
        }
        if (!keywords().contains(key))
            return notAnAddress(DatabaseText::tr("%1 is not a connection option.").arg(key));
        if (key == QLatin1String("password"))
            address.password = value;
        else
            address.options.append({key, value});
    }
    return address;
}

} // namespace

bool ServerAddress::looksLikeServer(const QString& text) {
    if (isUri(text))
        return true;
    static const QRegularExpression firstWord(QStringLiteral("^\\s*([a-z_]+)\\s*="));
    const auto match = firstWord.match(text);
    return match.hasMatch() && keywords().contains(match.captured(1));
}

Result<ServerAddress> ServerAddress::parse(const QString& text) {
    if (!looksLikeServer(text))
        return notAnAddress(DatabaseText::tr("write postgresql://host/database or a connection "
                                             "string such as host=… dbname=…"));
    return isUri(text) ? parseUri(text.trimmed()) : parseKeywords(text);
}

QString ServerAddress::option(const QString& keyword) const {
    for (const auto& [key, value] : options)
        if (key == keyword)
            return value;
    return {};
}

QString ServerAddress::connectOptions() const {
    QStringList pairs;
    for (const auto& [key, value] : options)
        pairs << key + QLatin1Char('=') + quoted(value);
    return pairs.join(QLatin1Char(' '));
}

QString ServerAddress::displayName() const {
    if (!uri)
        return connectOptions();
    QString text = QStringLiteral("postgresql://");
    if (const QString user = option(QStringLiteral("user")); !user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    const QStringList hosts = option(QStringLiteral("host")).split(QLatin1Char(','));
    const QStringList ports = option(QStringLiteral("port")).split(QLatin1Char(','));
    QStringList entries;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        QString host = hosts[i].contains(QLatin1Char(':'))
                           ? QLatin1Char('[') + hosts[i] + QLatin1Char(']')
                           : encoded(hosts[i]);
        if (!ports.value(i).isEmpty())
            host += QLatin1Char(':') + ports.value(i);
        entries << host;
    }
    text += entries.join(QLatin1Char(','));
    if (const QString database = option(QStringLiteral("dbname")); !database.isEmpty())
        text += QLatin1Char('/') + encoded(database);
    QStringList query;
    for (const auto& [key, value] : options)
        if (key != QLatin1String("user") && key != QLatin1String("host") &&
            key != QLatin1String("port") && key != QLatin1String("dbname"))
            query << key + QLatin1Char('=') + encoded(value);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

} // namespace paragraf
