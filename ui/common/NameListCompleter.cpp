#include "NameListCompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace {

// Everything up to and including the last separator: the names already given.
QString givenNames(const QString& text) {
    const qsizetype cut = text.lastIndexOf(QLatin1Char(','));
    return cut < 0 ? QString() : text.left(cut + 1) + QLatin1Char(' ');
}

} // namespace

NameListCompleter::NameListCompleter(const QStringList& names, QObject* parent)
    : QCompleter(new QStringListModel(names, parent), parent) {
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains); // "Aspeg" finds Magnus Aspegren too
}

void NameListCompleter::setNames(const QStringList& names) {
    static_cast<QStringListModel*>(model())->setStringList(names);
}

QStringList NameListCompleter::splitPath(const QString& path) const {
    const qsizetype cut = path.lastIndexOf(QLatin1Char(','));
    return {(cut < 0 ? path : path.mid(cut + 1)).trimmed()};
}

QString NameListCompleter::pathFromIndex(const QModelIndex& index) const {
    const auto* edit = qobject_cast<const QLineEdit*>(widget());
    return givenNames(edit ? edit->text() : QString()) + QCompleter::pathFromIndex(index);
}
