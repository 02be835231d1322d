#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace paragraf {

QString installTranslations(QCoreApplication& application, const QString& language) {
    const QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language;
    if (wanted != QLatin1String("sv"))
        return QStringLiteral("en");
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QLocale(QLocale::Swedish), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/paragraf_sv.qm")))
        QCoreApplication::installTranslator(own);
    return QStringLiteral("sv");
}

} // namespace paragraf
