#pragma once

#include <QBoxLayout>
#include <QPushButton>
#include <QString>

class QAbstractItemModel;
class QDialog;
class QTableView;
class QUndoStack;
class QWidget;

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

// A button at the end of `row` that is never the default: Enter in a field of the dialog does
// what the field says, not what the last focused button did.
QPushButton* addQuietButton(QLayout* row, const QString& text, QWidget* parent);

// A Close button at the end of `layout` that rejects `dialog`. Enter in one of the dialog's
// fields never presses it: typing a line and Enter must not close a dialog kept open to type in.
void addCloseButton(QDialog* dialog, QLayout* layout);

// Ctrl+Z and Ctrl+Shift+Z inside a modal dialog, on the desk's stack: the main window's undo
// keys do not reach a modal dialog. Call it when the dialog's fields exist: a field with nothing
// of its own to undo passes the keys on.
void addUndoKeys(QWidget* dialog, QUndoStack* stack);

} // namespace WidgetParts
