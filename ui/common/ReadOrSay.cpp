#include "ReadOrSay.h"

#include "Dialogs.h"

#include <QCoreApplication>

void sayNotRead(QWidget* parent, const QString& why) {
    Dialogs::warning(parent, QCoreApplication::translate("ReadOrSay", "Not read from the file"),
                     QCoreApplication::translate("ReadOrSay",
                                                 "This could not be read from the file, so what "
                                                 "is shown may be incomplete: %1")
                         .arg(why));
}
