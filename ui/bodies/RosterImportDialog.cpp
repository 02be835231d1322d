#include "RosterImportDialog.h"

#include "text/SwedishTerms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace paragraf;

RosterImportDialog::RosterImportDialog(const QString& fileName, const RosterFile& file,
                                       QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Import a roster"));
    resize(760, 420);
    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(file.ok() ? tr("%1: %n row(s), %2, separated by \"%3\". Nothing is written "
                                    "until you import.",
                                    nullptr, int(file.rows.size()))
                                     .arg(fileName, file.encoding, QString(file.separator))
                               : tr("%1 cannot be imported: %n problem(s). Nothing has been "
                                    "changed; correct the file and try again.",
                                    nullptr, int(file.problems.size()))
                                     .arg(fileName));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    file.ok() ? showRows(file) : showProblems(file);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(file.ok());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RosterImportDialog::showRows(const RosterFile& file) {
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Name"), tr("Organisation"), tr("Party"), tr("Role"), tr("For")});
    m_table->setRowCount(int(file.rows.size()));
    for (int i = 0; i < file.rows.size(); ++i) {
        const RosterRow& row = file.rows[i];
        const QStringList cells{QString::number(row.line),  row.name,
                                row.organisation,           row.party,
                                swedishRoleLabel(row.role), row.substituteFor};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(i, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

void RosterImportDialog::showProblems(const RosterFile& file) {
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_table->setRowCount(int(file.problems.size()));
    for (int i = 0; i < file.problems.size(); ++i) {
        const CsvProblem& p = file.problems[i];
        m_table->setItem(i, 0, new QTableWidgetItem(QString::number(p.line)));
        m_table->setItem(
            i, 1, new QTableWidgetItem(p.column > 0 ? QString::number(p.column) : QString()));
        m_table->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_table->resizeColumnsToContents();
}
