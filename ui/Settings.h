#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Typed settings with their defaults in one place; nothing else reads QSettings by string.
class Settings {
public:
    static constexpr int maxRecentFiles = 8;

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);

    // "" follows the system language; "sv" or "en" overrides it.
    static QString language();
    static void setLanguage(const QString& language);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);
};
