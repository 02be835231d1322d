#include "Settings.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString recentKey = QStringLiteral("files/recent");
const QString languageKey = QStringLiteral("interface/language");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString placesKey = QStringLiteral("files/lastPlaces");

// How a file or a server is remembered: a file by its absolute path, a server by its address as
// shown (without a password), which is not a path.
QString keyOf(const QString& path) {
    return paragraf::Database::looksLikeServer(path) ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

Settings::Place Settings::lastPlace(const QString& path) {
    const QVariantMap places = QSettings().value(placesKey).toMap();
    const QStringList ids = places.value(keyOf(path)).toString().split(QLatin1Char(' '));
    return {ids.value(0).toLongLong(), ids.value(1).toLongLong()};
}

void Settings::setLastPlace(const QString& path, const Place& place) {
    QSettings settings;
    QVariantMap places = settings.value(placesKey).toMap();
    const QString value = QStringLiteral("%1 %2").arg(place.meetingId).arg(place.paragraphId);
    const QString key = keyOf(path);
    if (places.value(key).toString() == value)
        return;
    places.insert(key, value);
    settings.setValue(placesKey, places);
}

QStringList Settings::recentFiles() {
    return QSettings().value(recentKey).toStringList();
}

void Settings::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    const QString absolute = keyOf(path);
    if (files.value(0) == absolute)
        return; // the usual case; writing the settings file costs a locked, synced write
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(recentKey, files.mid(0, maxRecentFiles));
}

void Settings::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(keyOf(path));
    QSettings().setValue(recentKey, files);
}

QString Settings::language() {
    return QSettings().value(languageKey, QString()).toString();
}
void Settings::setLanguage(const QString& language) {
    QSettings().setValue(languageKey, language);
}

QByteArray Settings::windowGeometry() {
    return QSettings().value(geometryKey).toByteArray();
}
QByteArray Settings::windowState() {
    return QSettings().value(stateKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}
