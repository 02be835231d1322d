#pragma once

#include <QCoreApplication>

// The translation context of the e-archive package's messages (as i18n/TrContexts.h, kept beside
// the code that uses it).
struct ArchiveText {
    Q_DECLARE_TR_FUNCTIONS(ArchiveText)
};
