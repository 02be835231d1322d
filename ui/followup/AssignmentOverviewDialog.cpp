#include "AssignmentOverviewDialog.h"

#include "common/Dialogs.h"
#include "common/WidgetParts.h"
#include "document/AssignmentOverview.h"
#include "document/DocumentExporter.h"
#include "io/AtomicFile.h"
#include "rules/FollowUpRules.h"
#include "services/FollowUpService.h"
#include "services/RosterService.h"
#include "storage/Database.h"
#include "text/FollowUpParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

bool heldBy(const AssignmentRow& row, Id personId) {
    return std::any_of(row.assignment.holders.begin(), row.assignment.holders.end(),
                       [personId](const AssignmentHolder& h) {
                           return h.kind == HolderKind::Person && h.refId == personId;
                       });
}

} // namespace

AssignmentOverviewDialog::AssignmentOverviewDialog(const Database& database, const QDate& today,
                                                   QWidget* parent)
    : QDialog(parent), m_database(database), m_today(today), m_body(new QComboBox(this)),
      m_person(new QComboBox(this)), m_state(new QComboBox(this)),
      m_table(new QTableWidget(0, 6, this)), m_count(new QLabel(this)),
      m_note(new QLineEdit(this)) {
    setWindowTitle(tr("Assignments across bodies"));
    m_state->addItem(tr("Open"), static_cast<int>(AssignmentState::Open));
    m_state->addItem(tr("Overdue"), static_cast<int>(AssignmentState::Overdue));
    m_state->addItem(tr("Closed in the last 30 days"),
                     static_cast<int>(AssignmentState::RecentlyClosed));
    m_state->addItem(tr("All"), static_cast<int>(AssignmentState::All));
    auto* filters = new QFormLayout;
    filters->addRow(tr("&Show"), m_state);
    filters->addRow(tr("&Body"), m_body);
    filters->addRow(tr("&Held by"), m_person);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    m_table->setHorizontalHeaderLabels(
        {tr("Body"), tr("Given at"), tr("Assignment"), tr("Held by"), tr("Due"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    layout->addWidget(m_count);
    m_note->setPlaceholderText(tr("What came of it (recorded when closing)"));
    auto* row = new QHBoxLayout;
    auto* noteLabel = new QLabel(tr("N&ote"), this);
    noteLabel->setBuddy(m_note);
    row->addWidget(noteLabel);
    row->addWidget(m_note, 1);
    connect(WidgetParts::addQuietButton(row, tr("Mark &done"), this), &QPushButton::clicked, this,
            [this] { closeSelected(true); });
    connect(WidgetParts::addQuietButton(row, tr("Cancel assi&gnment"), this), &QPushButton::clicked,
            this, [this] { closeSelected(false); });
    connect(WidgetParts::addQuietButton(row, tr("Export &PDF…"), this), &QPushButton::clicked, this,
            &AssignmentOverviewDialog::exportPdf);
    connect(WidgetParts::addQuietButton(row, tr("Export CS&V…"), this), &QPushButton::clicked, this,
            &AssignmentOverviewDialog::exportCsv);
    layout->addLayout(row);
    WidgetParts::addCloseButton(this, layout);
    m_body->addItem(tr("All bodies"), NoId);
    if (const auto bodies = RosterService(database).bodies(); bodies)
        for (const Body& b : bodies.value())
            m_body->addItem(b.name, b.id);
    reload();
    for (QComboBox* box : {m_state, m_body, m_person})
        connect(box, &QComboBox::currentIndexChanged, this, &AssignmentOverviewDialog::refresh);
    refresh();
    resize(900, 520);
}

void AssignmentOverviewDialog::reload() {
    const auto rows = FollowUpService(m_database).assignments({});
    m_all = rows ? rows.value() : QList<AssignmentRow>();
    // Everyone who holds an assignment, once, by name.
    const Id chosen = m_person->currentData().toLongLong();
    QMap<QString, Id> people;
    for (const AssignmentRow& row : m_all)
        for (const AssignmentHolder& h : row.assignment.holders)
            if (h.kind == HolderKind::Person)
                people.insert(h.name, h.refId);
    const QSignalBlocker block(m_person);
    m_person->clear();
    m_person->addItem(tr("Anyone"), NoId);
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        m_person->addItem(it.key(), it.value());
    m_person->setCurrentIndex(std::max(0, m_person->findData(chosen)));
}

void AssignmentOverviewDialog::refresh() {
    const Id body = m_body->currentData().toLongLong();
    const Id person = m_person->currentData().toLongLong();
    QList<AssignmentRow> chosen;
    for (const AssignmentRow& row : m_all)
        if ((body == NoId || row.origin.bodyId == body) && (person == NoId || heldBy(row, person)))
            chosen << row;
    m_shown = selectAssignments(
        chosen, static_cast<AssignmentState>(m_state->currentData().toInt()), m_today);
    m_table->setRowCount(static_cast<int>(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const AssignmentRow& row = m_shown[r];
        const QStringList cells{row.origin.bodyName,
                                QStringLiteral("%1 § %2")
                                    .arg(row.origin.meetingDate.toString(Qt::ISODate))
                                    .arg(row.origin.number),
                                row.assignment.text,
                                holderNames(row.assignment.holders),
                                row.dueOn.isValid() ? row.dueOn.toString(Qt::ISODate)
                                                    : tr("next meeting"),
                                statusText(row, m_today)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    fitColumns();
    m_count->setText(tr("%n assignment(s)", nullptr, static_cast<int>(m_shown.size())));
}

// The assignment's words take the room; a long body name is cut to a readable width.
void AssignmentOverviewDialog::fitColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 220));
}

void AssignmentOverviewDialog::exportPdf() {
    const QString path =
        Dialogs::saveFileName(this, tr("Export assignments"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const AssignmentOverview overview{
        selectionTitle(static_cast<AssignmentState>(m_state->currentData().toInt()),
                       m_body->currentIndex() == 0 ? QString() : m_body->currentText(),
                       m_person->currentIndex() == 0 ? QString() : m_person->currentText()),
        m_today, m_shown};
    if (auto status = paragraf::exportPdf([&] { return buildAssignmentOverview(overview); }, path);
        !status)
        Dialogs::warning(this, tr("Export assignments"), status.error());
}

void AssignmentOverviewDialog::exportCsv() {
    const QString path =
        Dialogs::saveFileName(this, tr("Export assignments"), tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveAtomically(path, assignmentsCsv(m_shown, m_today)); !saved)
        Dialogs::warning(this, tr("Export assignments"), saved.error());
}

void AssignmentOverviewDialog::closeSelected(bool done) {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    Assignment ending;
    ending.status = done ? AssignmentStatus::Done : AssignmentStatus::Cancelled;
    ending.closedOn = m_today;
    ending.note = m_note->text().trimmed();
    if (auto status =
            FollowUpService(m_database).closeAssignment(m_shown[row].assignment.id, ending);
        !status) {
        Dialogs::warning(this, tr("Assignments"), status.error());
        return;
    }
    m_note->setText(QString());
    reload();
    refresh();
}
