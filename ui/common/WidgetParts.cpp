#include "WidgetParts.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

namespace WidgetParts {

void setUpRowTable(QTableView* table, QAbstractItemModel* model, const QString& name) {
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
}

} // namespace WidgetParts

namespace {

// A field with nothing of its own to undo lets Ctrl+Z through to the dialog's undo of the last
// saved step; a field with typing to undo keeps it, as everywhere else.
class UndoPassThrough : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto* edit = qobject_cast<QLineEdit*>(watched);
        const bool undo = key->matches(QKeySequence::Undo) && !edit->isUndoAvailable();
        const bool redo = key->matches(QKeySequence::Redo) && !edit->isRedoAvailable();
        if (!undo && !redo)
            return false;
        event->ignore();
        return true;
    }
};

} // namespace

void WidgetParts::addUndoKeys(QWidget* dialog, QUndoStack* stack) {
    auto* undo = new QAction(dialog);
    undo->setShortcut(QKeySequence::Undo);
    QObject::connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    auto* redo = new QAction(dialog);
    redo->setShortcut(QKeySequence::Redo);
    QObject::connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    dialog->addActions({undo, redo});
    auto* passThrough = new UndoPassThrough(dialog);
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
        edit->installEventFilter(passThrough);
}

QPushButton* WidgetParts::addQuietButton(QLayout* row, const QString& text, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    row->addWidget(button);
    return button;
}

void WidgetParts::addCloseButton(QDialog* dialog, QLayout* layout) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}
