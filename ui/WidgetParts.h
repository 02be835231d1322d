#pragma once

#include <QBoxLayout>
#include <QPushButton>
#include <QString>

class QAbstractItemModel;
class QTableView;

// Small pieces the desk's views share, so that their tables and button rows look and behave the
// same everywhere.
namespace WidgetParts {

// A table of whole rows, one chosen at a time, without row numbers, its last column filling the
// width; `name` is what a screen reader says.
void setUpRowTable(QTableView* table, QAbstractItemModel* model, const QString& name);

// A button at the end of `row` that calls `slot` of `receiver` when pressed.
template <typename Receiver>
QPushButton* addButton(QBoxLayout* row, const QString& text, Receiver* receiver,
                       void (Receiver::*slot)()) {
    auto* button = new QPushButton(text, receiver);
    QObject::connect(button, &QPushButton::clicked, receiver, slot);
    row->addWidget(button);
    return button;
}

} // namespace WidgetParts
