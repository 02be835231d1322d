#include "CarriedDialog.h"

#include "commands/ChangeCommand.h"
#include "common/WidgetParts.h"
#include "desk/MeetingSession.h"
#include "rules/FollowUpRules.h"
#include "services/FollowUpService.h"
#include "text/FollowUpParts.h"

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

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    return t;
}

QString closedText(const AssignmentRow& row) {
    switch (row.assignment.status) {
    case AssignmentStatus::Open:
        return CarriedDialog::tr("open");
    case AssignmentStatus::Done:
        return CarriedDialog::tr("done here");
    case AssignmentStatus::Cancelled:
        return CarriedDialog::tr("cancelled here");
    }
    return {};
}

} // namespace

CarriedDialog::CarriedDialog(MeetingSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_assignments(
          table({tr("From"), tr("Assignment"), tr("Held by"), tr("Due"), tr("Status")}, this)),
      m_incoming(table({tr("From"), tr("Matter"), tr("Status")}, this)),
      m_note(new QLineEdit(this)) {
    setWindowTitle(tr("From earlier meetings"));
    auto* layout = new QVBoxLayout(this);
    auto* assignmentsLabel = new QLabel(tr("&Assignments"), this);
    assignmentsLabel->setBuddy(m_assignments);
    layout->addWidget(assignmentsLabel);
    layout->addWidget(m_assignments);
    auto* noteRow = new QFormLayout;
    m_note->setPlaceholderText(tr("What came of it (recorded when closing)"));
    noteRow->addRow(tr("N&ote"), m_note);
    layout->addLayout(noteRow);
    auto* row = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(row, tr("&Done here"), this), &QPushButton::clicked, this,
            &CarriedDialog::markDone);
    connect(WidgetParts::addQuietButton(row, tr("Ca&ncelled here"), this), &QPushButton::clicked,
            this, &CarriedDialog::markCancelled);
    connect(WidgetParts::addQuietButton(row, tr("&Reopen"), this), &QPushButton::clicked, this,
            &CarriedDialog::reopen);
    row->addStretch();
    connect(WidgetParts::addQuietButton(row, tr("Follow-up &paragraph"), this),
            &QPushButton::clicked, this, &CarriedDialog::addFollowUpParagraph);
    layout->addLayout(row);
    auto* incomingLabel = new QLabel(tr("&Matters from other bodies"), this);
    incomingLabel->setBuddy(m_incoming);
    layout->addWidget(incomingLabel);
    layout->addWidget(m_incoming);
    auto* incomingRow = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(incomingRow, tr("&Take up here"), this),
            &QPushButton::clicked, this, &CarriedDialog::takeUp);
    connect(WidgetParts::addQuietButton(incomingRow, tr("R&elease"), this), &QPushButton::clicked,
            this, &CarriedDialog::release);
    incomingRow->addStretch();
    layout->addLayout(incomingRow);
    WidgetParts::addCloseButton(this, layout);
    WidgetParts::addUndoKeys(this, m_session.undoStack());
    connect(&m_session, &MeetingSession::changed, this, &CarriedDialog::refresh);
    refresh();
    resize(760, 520);
}

void CarriedDialog::refresh() {
    const MeetingRecord& record = m_session.record();
    const int row = m_assignments->currentRow();
    m_assignments->setRowCount(static_cast<int>(record.carried.assignments.size()));
    for (int r = 0; r < record.carried.assignments.size(); ++r) {
        const AssignmentRow& a = record.carried.assignments[r];
        const bool due = isDueAt(a, record.meeting);
        const QStringList cells{QStringLiteral("%1 § %2")
                                    .arg(a.origin.meetingDate.toString(Qt::ISODate))
                                    .arg(a.origin.number),
                                a.assignment.text, holderNames(a.assignment.holders),
                                a.dueOn.isValid() ? a.dueOn.toString(Qt::ISODate)
                                                  : tr("next meeting"),
                                due ? tr("due") : closedText(a)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.assignment.id);
            if (due)
                item->setFont([] {
                    QFont bold;
                    bold.setBold(true);
                    return bold;
                }());
            m_assignments->setItem(r, c, item);
        }
    }
    m_assignments->resizeColumnsToContents();
    m_assignments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (row >= 0 && row < m_assignments->rowCount())
        m_assignments->selectRow(row);
    else if (m_assignments->rowCount() > 0)
        m_assignments->selectRow(0);
    m_incoming->setRowCount(static_cast<int>(record.carried.incoming.size()));
    for (int r = 0; r < record.carried.incoming.size(); ++r) {
        const ReferralRow& in = record.carried.incoming[r];
        const QStringList cells{referenceText(in.origin), referralSentence(in.referral),
                                in.takenUpAt.paragraphId == NoId
                                    ? tr("waiting")
                                    : tr("taken up at § %1").arg(in.takenUpAt.number)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, in.referral.id);
            m_incoming->setItem(r, c, item);
        }
    }
    m_incoming->resizeColumnsToContents();
    m_incoming->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (m_incoming->rowCount() > 0 && m_incoming->currentRow() < 0)
        m_incoming->selectRow(0);
}

void CarriedDialog::markDone() {
    close(true);
}

void CarriedDialog::markCancelled() {
    close(false);
}

void CarriedDialog::close(bool done) {
    const int row = m_assignments->currentRow();
    const MeetingRecord& record = m_session.record();
    if (row < 0 || row >= record.carried.assignments.size() || m_session.currentParagraph() == NoId)
        return;
    const Assignment before = record.carried.assignments[row].assignment;
    Assignment ending;
    ending.status = done ? AssignmentStatus::Done : AssignmentStatus::Cancelled;
    ending.note = m_note->text().trimmed();
    ending.closedOn = record.meeting.date;
    ending.closedAt = m_session.currentParagraph();
    MeetingSession& session = m_session;
    const Id id = before.id;
    m_session.undoStack()->push(new ChangeCommand(
        m_session, tr("Close assignment"), MeetingSession::Scope::Details,
        [&session, id, ending](MeetingService& s) {
            Assignment at = ending;
            at.closedAt = session.resolve(ending.closedAt);
            return FollowUpService(s.database()).closeAssignment(id, at);
        },
        [id, before](MeetingService& s) {
            return FollowUpService(s.database()).closeAssignment(id, before);
        }));
    m_note->setText(QString());
}

void CarriedDialog::reopen() {
    const int row = m_assignments->currentRow();
    const MeetingRecord& record = m_session.record();
    if (row < 0 || row >= record.carried.assignments.size())
        return;
    const Assignment before = record.carried.assignments[row].assignment;
    const Id id = before.id;
    m_session.undoStack()->push(new ChangeCommand(
        m_session, tr("Reopen assignment"), MeetingSession::Scope::Details,
        [id](MeetingService& s) { return FollowUpService(s.database()).reopenAssignment(id); },
        [id, before](MeetingService& s) {
            return FollowUpService(s.database()).closeAssignment(id, before);
        }));
}

void CarriedDialog::takeUp() {
    const int row = m_incoming->currentRow();
    const MeetingRecord& record = m_session.record();
    if (row < 0 || row >= record.carried.incoming.size() || m_session.currentParagraph() == NoId)
        return;
    const Id id = record.carried.incoming[row].referral.id;
    const Id before = record.carried.incoming[row].referral.takenUpAt;
    const Id at = m_session.currentParagraph();
    MeetingSession& session = m_session;
    m_session.undoStack()->push(new ChangeCommand(
        m_session, tr("Take up matter"), MeetingSession::Scope::Details,
        [&session, id, at](MeetingService& s) {
            return FollowUpService(s.database()).takeUp(id, session.resolve(at));
        },
        [&session, id, before](MeetingService& s) {
            return FollowUpService(s.database()).takeUp(id, session.resolve(before));
        }));
}

void CarriedDialog::release() {
    const int row = m_incoming->currentRow();
    const MeetingRecord& record = m_session.record();
    if (row < 0 || row >= record.carried.incoming.size())
        return;
    const Id id = record.carried.incoming[row].referral.id;
    const Id before = record.carried.incoming[row].referral.takenUpAt;
    MeetingSession& session = m_session;
    m_session.undoStack()->push(new ChangeCommand(
        m_session, tr("Release matter"), MeetingSession::Scope::Details,
        [id](MeetingService& s) { return FollowUpService(s.database()).takeUp(id, NoId); },
        [&session, id, before](MeetingService& s) {
            return FollowUpService(s.database()).takeUp(id, session.resolve(before));
        }));
}

void CarriedDialog::addFollowUpParagraph() {
    const Id meetingId = m_session.meetingId();
    auto added = std::make_shared<Id>(NoId);
    MeetingSession& session = m_session;
    m_session.undoStack()->push(new ChangeCommand(
        m_session, tr("Follow-up paragraph"), MeetingSession::Scope::Structure,
        [&session, meetingId, added](MeetingService& s) -> Status {
            const auto id = FollowUpService(s.database()).addFollowUpParagraph(meetingId);
            if (!id)
                return fail(id.error());
            session.remap(*added, id.value());
            *added = id.value();
            return {};
        },
        [&session, added](MeetingService& s) {
            return s.deleteParagraph(session.resolve(*added));
        }));
    if (*added != NoId)
        m_session.setCurrentParagraph(*added);
}
