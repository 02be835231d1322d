#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString recentKey = QStringLiteral("files/recent");
const QString languageKey = QStringLiteral("interface/language");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString placesKey = QStringLiteral("files/lastPlaces");
} // namespace

Settings::Place Settings::lastPlace(const QString& path) {
    const QVariantMap places = QSettings().value(placesKey).toMap();
    const QStringList ids =
        places.value(QFileInfo(path).absoluteFilePath()).toString().split(QLatin1Char(' '));
    return {ids.value(0).toLongLong(), ids.value(1).toLongLong()};
}

void Settings::setLastPlace(const QString& path, const Place& place) {
    QSettings settings;
    QVariantMap places = settings.value(placesKey).toMap();
    const QString value = QStringLiteral("%1 %2").arg(place.meetingId).arg(place.paragraphId);
    const QString key = QFileInfo(path).absoluteFilePath();
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (files.value(0) == absolute)
        return; // the usual case; writing the settings file costs a locked, synced write
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(recentKey, files.mid(0, maxRecentFiles));
}

void Settings::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
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
