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

    // Where the secretary was in a file when it was last open: the meeting and the paragraph,
    // so that opening it again continues there. NoId (0) for both when unknown.
    struct Place {
        qint64 meetingId = 0;
        qint64 paragraphId = 0;
    };
    static Place lastPlace(const QString& path);
    static void setLastPlace(const QString& path, const Place& place);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);
};
