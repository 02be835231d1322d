#include "DeadlinesDialog.h"

#include "common/Dialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

QString whatIsDue(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::Adjustment:
        return DeadlinesDialog::tr("Adjust the protocol (14 days after the meeting)");
    case DeadlineKind::Posting:
        return DeadlinesDialog::tr("Post the adjustment on the notice board (2 days)");
    case DeadlineKind::AppealPeriod:
        return DeadlinesDialog::tr("Appeal period ends: take the notice down");
    }
    return {};
}

} // namespace

DeadlinesDialog::DeadlinesDialog(const Database& database, const QDate& today, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, 5, this)) {
    setWindowTitle(tr("Deadlines"));
    const auto due = DeadlineService(database).deadlines(today);
    if (due)
        m_deadlines = due.value();
    else
        Dialogs::warning(this, tr("Deadlines"), due.error());
    m_table->setAccessibleName(tr("Deadlines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("State"), tr("What"), tr("Body"), tr("Meeting")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(static_cast<int>(m_deadlines.size()));
    for (int row = 0; row < m_deadlines.size(); ++row) {
        const Deadline& d = m_deadlines[row];
        const QStringList cells{d.due.toString(Qt::ISODate), d.overdue ? tr("overdue") : tr("due"),
                                whatIsDue(d.kind), d.meeting.bodyName,
                                d.meeting.date.toString(Qt::ISODate)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (d.overdue)
                item->setForeground(QColor(0xa4, 0, 0));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("&Open the meeting"), QDialogButtonBox::ActionRole);
    open->setEnabled(!m_deadlines.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        m_deadlines.isEmpty()
            ? tr("Nothing is due.")
            : tr("Open deadlines on %1 (overdue in red):").arg(today.toString(Qt::ISODate)),
        this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const auto openChosen = [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_deadlines.size())
            return;
        emit openMeeting(m_deadlines[row].meeting.id);
        accept();
    };
    connect(open, &QPushButton::clicked, this, openChosen);
    connect(m_table, &QTableWidget::activated, this, openChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_deadlines.isEmpty())
        m_table->selectRow(0);
    resize(1020, 380);
}
