#include "WidgetParts.h"

#include <QHeaderView>
#include <QTableView>

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
