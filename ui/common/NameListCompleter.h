#pragma once

#include <QCompleter>

// Completes the name being typed in a list of names ("Martin Söderström, Mag|"): the earlier
// names stay, the last one is completed from the model's names.
class NameListCompleter : public QCompleter {
    Q_OBJECT
public:
    NameListCompleter(const QStringList& names, QObject* parent);
    void setNames(const QStringList& names);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};
