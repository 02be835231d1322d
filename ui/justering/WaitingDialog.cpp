#include "WaitingDialog.h"

#include "rules/ParagraphRanges.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

QString roleText(const Signatory& who) {
    QString text;
    switch (who.role) {
    case SignatoryRole::Secretary:
        text = WaitingDialog::tr("secretary");
        break;
    case SignatoryRole::Chair:
        text = WaitingDialog::tr("chair");
        break;
    case SignatoryRole::Adjuster:
        text = WaitingDialog::tr("adjuster");
        break;
    }
    if (!who.wholeProtocol)
        text += QLatin1Char(' ') + formatParagraphList(who.paragraphNumbers);
    return text;
}

QString notesOf(const WaitingProtocol& w) {
    QStringList notes;
    notes << (w.signedEarlier ? WaitingDialog::tr("corrected since you signed: sign again")
                              : WaitingDialog::tr("not signed"));
    if (w.openRemarks > 0)
        notes << WaitingDialog::tr("%n remark(s) unanswered", "", w.openRemarks);
    if (w.answeredRemarks > 0)
        notes << WaitingDialog::tr("%n remark(s) answered", "", w.answeredRemarks);
    return notes.join(QStringLiteral("; "));
}

} // namespace

WaitingDialog::WaitingDialog(const Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this)) {
    setWindowTitle(tr("Protocols waiting for me"));
    m_table->setAccessibleName(tr("Protocols waiting for me"));
    m_table->setHorizontalHeaderLabels({tr("Meeting"), tr("Body"), tr("I sign as"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("&Open the protocol"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const auto openChosen = [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_waiting.size())
            return;
        emit openMeeting(m_waiting[row].meetingId);
        accept();
    };
    connect(open, &QPushButton::clicked, this, openChosen);
    connect(m_table, &QTableWidget::activated, this, openChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(900, 320);
}

void WaitingDialog::refresh() {
    const WaitingService service(m_database);
    const auto me = service.me();
    const auto waiting = service.waiting();
    if (!me || !waiting) {
        m_summary->setText(!me ? me.error() : waiting.error());
        return;
    }
    m_waiting = waiting.value();
    if (me->personId == NoId)
        m_summary->setText(
            tr("The login %1 is not a person's: nothing waits for it.").arg(me->login));
    else
        m_summary->setText(m_waiting.isEmpty()
                               ? tr("Nothing waits for you (%1).").arg(me->login)
                               : tr("Logged in as %1. Enter opens the protocol to read the draft, "
                                    "leave remarks (Ctrl+Shift+R) and sign (Ctrl+Shift+J).")
                                     .arg(me->login));
    m_table->setRowCount(static_cast<int>(m_waiting.size()));
    for (int row = 0; row < m_waiting.size(); ++row) {
        const WaitingProtocol& w = m_waiting[row];
        QStringList roles;
        for (const Signatory& who : w.roles)
            roles << roleText(who);
        const QStringList cells{w.date.toString(Qt::ISODate), w.body,
                                roles.join(QStringLiteral(", ")), notesOf(w)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    if (!m_waiting.isEmpty())
        m_table->selectRow(0);
    m_table->setFocus();
}
