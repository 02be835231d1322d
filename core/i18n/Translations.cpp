#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace paragraf {

QString installTranslations(QCoreApplication& application, const QString& language) {
    const QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language;
    if (wanted != QLatin1String("sv")) {
        // The sources are English; the English catalogue holds only the plural forms
        // ("1 problem", "2 problems").
        auto* english = new QTranslator(&application);
        if (english->load(QStringLiteral(":/i18n/paragraf_en.qm")))
            QCoreApplication::installTranslator(english);
        else
            delete english;
        return QStringLiteral("en");
    }
    // Debian's qt_sv catalogue covers older Qt dialogs (the file dialog); what it lacks of
    // Qt 6 (standard buttons, edit menus) is translated in our own catalogue, installed last so
    // that it is asked first.
    for (const QString& catalogue : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
        auto* qtTranslator = new QTranslator(&application);
        if (qtTranslator->load(QLocale(QLocale::Swedish), catalogue, QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
    }
    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/paragraf_sv.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return QStringLiteral("sv");
}

} // namespace paragraf
