#pragma once

#include <QString>

class QCoreApplication;

namespace paragraf {

// Installs Paragraf's own catalogue (and Qt's, where Debian ships one) for the language asked
// for, or for the system language when empty. English is the source language and needs none.
// Returns the language in use ("sv" or "en").
QString installTranslations(QCoreApplication& application, const QString& language = {});

} // namespace paragraf
