#include "ReviewDialog.h"

#include "CorrectionDialog.h"
#include "adjustment/ReviewService.h"
#include "common/Dialogs.h"
#include "services/MeetingService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

QString stateText(RemarkState state) {
    switch (state) {
    case RemarkState::Open:
        return ReviewDialog::tr("open");
    case RemarkState::Accepted:
        return ReviewDialog::tr("accepted");
    case RemarkState::Rejected:
        return ReviewDialog::tr("rejected");
    }
    return {};
}

QString fieldText(const ParagraphDiff& d) {
    switch (d.field) {
    case TextField::Title:
        return ReviewDialog::tr("Title");
    case TextField::Decision:
        return ReviewDialog::tr("Decision");
    case TextField::Section:
        return d.heading;
    }
    return {};
}

} // namespace

ReviewDialog::ReviewDialog(const Database& database, Id meetingId, QWidget* parent)
    : QDialog(parent), m_database(database), m_meetingId(meetingId),
      m_reviewer(new QComboBox(this)), m_remarkParagraph(new QComboBox(this)),
      m_remarkText(new QLineEdit(this)), m_remarks(new QTableWidget(0, 5, this)),
      m_changes(new QTextBrowser(this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("Remarks and corrections"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_remarkParagraph->setAccessibleName(tr("Paragraph of the remark"));
    m_remarkText->setAccessibleName(tr("Remark"));
    m_remarkText->setPlaceholderText(tr("What should be changed, and why"));
    m_remarks->setAccessibleName(tr("Remarks"));
    m_remarks->setHorizontalHeaderLabels(
        {tr("§"), tr("By"), tr("State"), tr("Remark"), tr("Answer")});
    m_remarks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_remarks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_remarks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_remarks->verticalHeader()->hide();
    m_remarks->horizontalHeader()->setStretchLastSection(true);
    m_changes->setAccessibleName(tr("Changes since last read"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));

    auto* top = new QFormLayout;
    top->addRow(tr("&Reviewer"), m_reviewer);
    top->addRow(tr("Re&mark on"), m_remarkParagraph);
    auto* remarkRow = new QHBoxLayout;
    remarkRow->addWidget(m_remarkText, 1);
    auto* add = new QPushButton(tr("A&dd remark"), this);
    remarkRow->addWidget(add);
    auto* remarkLabel = new QLabel(tr("Remar&k"), this);
    remarkLabel->setBuddy(m_remarkText);
    top->addRow(remarkLabel, remarkRow);
    auto* answers = new QHBoxLayout;
    auto* accept = new QPushButton(tr("&Accept with the change…"), this);
    auto* reject = new QPushButton(tr("Re&ject…"), this);
    auto* correctText = new QPushButton(tr("&Correct the text…"), this);
    for (QPushButton* b : {accept, reject, correctText})
        answers->addWidget(b);
    answers->addStretch();
    auto* readRow = new QHBoxLayout;
    auto* changedLabel = new QLabel(tr("Changed since the reviewer last &read:"), this);
    changedLabel->setBuddy(m_changes);
    readRow->addWidget(changedLabel, 1);
    auto* read = new QPushButton(tr("Mark as r&ead"), this);
    readRow->addWidget(read);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_remarks, 1);
    layout->addLayout(answers);
    layout->addLayout(readRow);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_problem);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &ReviewDialog::addRemark);
    connect(m_remarkText, &QLineEdit::returnPressed, this, &ReviewDialog::addRemark);
    connect(accept, &QPushButton::clicked, this, &ReviewDialog::acceptRemark);
    connect(reject, &QPushButton::clicked, this, &ReviewDialog::rejectRemark);
    connect(correctText, &QPushButton::clicked, this, &ReviewDialog::correct);
    connect(read, &QPushButton::clicked, this, &ReviewDialog::markRead);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, &ReviewDialog::showChanges);
    resize(860, 640);
    reload();
    m_remarkParagraph->addItem(tr("The whole protocol"), NoId);
    for (const Paragraph& p : m_record.paragraphs)
        m_remarkParagraph->addItem(QStringLiteral("§ %1 %2").arg(p.number).arg(p.title), p.id);
    for (const Signatory& who : m_signatories)
        m_reviewer->addItem(who.name, who.participantId);
}

void ReviewDialog::reload() {
    auto record = MeetingService(m_database).load(m_meetingId);
    if (!record) {
        m_problem->setText(record.error());
        return;
    }
    m_record = std::move(record).value();
    m_signatories = AdjustmentService::signatories(m_record);
    showRemarks();
    showChanges();
}

bool ReviewDialog::report(const Status& status) {
    m_problem->setText(status ? QString() : status.error());
    return status.ok();
}

void ReviewDialog::showRemarks() {
    const auto remarks = ReviewService(m_database).remarks(m_meetingId);
    if (!report(remarks ? Status() : fail(remarks.error())))
        return;
    m_remarkList = remarks.value();
    m_remarks->setRowCount(static_cast<int>(m_remarkList.size()));
    for (int row = 0; row < m_remarkList.size(); ++row) {
        const Remark& r = m_remarkList[row];
        QString where = tr("whole");
        for (const Paragraph& p : m_record.paragraphs)
            if (p.id == r.paragraphId)
                where = QStringLiteral("§ %1").arg(p.number);
        const QStringList cells{where, r.author, stateText(r.state), r.text, r.answer};
        for (int column = 0; column < cells.size(); ++column)
            m_remarks->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_remarks->resizeColumnsToContents();
}

void ReviewDialog::showChanges() {
    const Id reader = m_reviewer->currentData().toLongLong();
    if (reader == NoId) {
        m_changes->clear();
        return;
    }
    const auto diffs = ReviewService(m_database).changesSince(m_meetingId, reader);
    if (!report(diffs ? Status() : fail(diffs.error())))
        return;
    QString html;
    for (const ParagraphDiff& d : diffs.value())
        html +=
            QStringLiteral("<h4>§ %1 %2 — %3</h4><p>%4</p><p><i>%5</i></p>")
                .arg(d.number)
                .arg(d.title.toHtmlEscaped(), fieldText(d).toHtmlEscaped(), diffAsHtml(d.segments),
                     d.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
    m_changes->setHtml(html.isEmpty() ? tr("<p>Nothing has changed since %1 last read the "
                                           "protocol.</p>")
                                            .arg(m_reviewer->currentText().toHtmlEscaped())
                                      : html);
}

const Remark* ReviewDialog::chosenRemark() const {
    const int row = m_remarks->currentRow();
    return row >= 0 && row < m_remarkList.size() ? &m_remarkList[row] : nullptr;
}

void ReviewDialog::addRemark() {
    const auto added = ReviewService(m_database)
                           .addRemark(m_meetingId, m_remarkParagraph->currentData().toLongLong(),
                                      m_reviewer->currentData().toLongLong(), m_remarkText->text());
    if (!report(added ? Status() : fail(added.error())))
        return;
    m_remarkText->clear();
    showRemarks();
    m_remarks->selectRow(m_remarks->rowCount() - 1);
}

void ReviewDialog::acceptRemark() {
    const Remark* remark = chosenRemark();
    if (!remark) {
        m_problem->setText(tr("Choose the remark to answer first."));
        return;
    }
    const Id remarkId = remark->id;
    CorrectionDialog dialog(m_record, CorrectionDialog::Purpose::AcceptRemark, remark->paragraphId,
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (report(ReviewService(m_database).acceptRemark(remarkId, dialog.edit(), dialog.reason()))) {
        reload();
        emit textChanged();
    }
}

void ReviewDialog::rejectRemark() {
    const Remark* remark = chosenRemark();
    if (!remark) {
        m_problem->setText(tr("Choose the remark to answer first."));
        return;
    }
    const Id remarkId = remark->id;
    const QString reason = Dialogs::text(this, tr("Reject the remark"), tr("Reason:"));
    if (reason.isEmpty())
        return;
    if (report(ReviewService(m_database).rejectRemark(remarkId, reason)))
        showRemarks();
}

void ReviewDialog::correct() {
    CorrectionDialog dialog(m_record, CorrectionDialog::Purpose::Correct,
                            m_remarkParagraph->currentData().toLongLong(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (report(ReviewService(m_database).correct(m_meetingId, dialog.edit(), dialog.reason()))) {
        reload();
        emit textChanged();
    }
}

void ReviewDialog::markRead() {
    const Id reader = m_reviewer->currentData().toLongLong();
    if (report(ReviewService(m_database).markRead(m_meetingId, reader)))
        showChanges();
}
