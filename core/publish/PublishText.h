#pragma once

#include <QCoreApplication>

// The translation context of publishing's messages (as i18n/TrContexts.h, kept beside the code
// that uses it).
struct PublishText {
    Q_DECLARE_TR_FUNCTIONS(PublishText)
};
