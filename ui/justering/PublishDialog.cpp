#include "PublishDialog.h"

#include "common/Dialogs.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace paragraf;

PublishDialog::PublishDialog(const Database& database, const MeetingRecord& record,
                             const PublishPlan& plan, QWidget* parent)
    : QDialog(parent), m_database(database), m_meetingId(record.meeting.id),
      m_folder(new QLineEdit(defaultFolder(database), this)), m_postedOn(new QDateEdit(this)),
      m_pages(new QTableWidget(static_cast<int>(plan.pages.size()), 2, this)),
      m_masked(new QTableWidget(static_cast<int>(plan.stored.passages.size() + plan.masked.size()),
                                3, this)),
      m_problem(new QLabel(this)), m_publish(new QPushButton(tr("&Publish"), this)) {
    setWindowTitle(tr("Publish"));
    auto* intro = new QLabel(tr("These pages will be written into the folder below, for the "
                                "web site and its notice board. The archive copy is not "
                                "changed."),
                             this);
    intro->setWordWrap(true);
    m_pages->setAccessibleName(tr("Pages to be written"));
    m_pages->setHorizontalHeaderLabels({tr("File"), tr("What")});
    m_pages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pages->verticalHeader()->hide();
    m_pages->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < plan.pages.size(); ++row) {
        m_pages->setItem(row, 0, new QTableWidgetItem(plan.pages[row].fileName));
        m_pages->setItem(row, 1, new QTableWidgetItem(plan.pages[row].description));
    }
    m_pages->resizeColumnsToContents();
    const bool nothingMasked = plan.masked.isEmpty() && plan.stored.passages.isEmpty();
    auto* maskedLabel = new QLabel(
        nothingMasked
            ? tr("Nothing is marked, and no personal data was found to mask.")
            : tr("Masked in the web copy as \"%1\" (the archive copy keeps it):").arg(plan.wording),
        this);
    maskedLabel->setWordWrap(true);
    m_masked->setAccessibleName(tr("Masked in the web copy"));
    m_masked->setHorizontalHeaderLabels({tr("Where"), tr("Kind"), tr("Text")});
    m_masked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_masked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_masked->verticalHeader()->hide();
    m_masked->horizontalHeader()->setStretchLastSection(true);
    showMasked(plan);
    m_masked->setVisible(!nothingMasked);
    auto* individual = new QLabel(individualText(record, plan), this);
    individual->setWordWrap(true);

    auto* form = new QFormLayout;
    m_folder->setAccessibleName(tr("Folder"));
    form->addRow(tr("&Folder:"), m_folder);
    m_postedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_postedOn->setAccessibleName(tr("Posted on the notice board"));
    if (record.trail.posting) {
        m_postedOn->setDate(record.trail.posting->postedOn);
        m_postedOn->setEnabled(false);
        form->addRow(tr("Posted &on:"), m_postedOn);
    } else {
        m_postedOn->setDate(QDate::currentDate());
        form->addRow(tr("Goes up &on (recorded when published):"), m_postedOn);
    }
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A mark whose text was edited away is said before anything is written; publishing waits
    // until it is taken off or the text marked again.
    if (const auto lost = plan.stored.lost(); !lost.isEmpty()) {
        m_problem->setText(lostMarksMessage(lost));
        m_publish->setEnabled(false);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    m_publish->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishDialog::publishNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pages);
    layout->addWidget(maskedLabel);
    layout->addWidget(m_masked);
    layout->addWidget(individual);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(680, 480);
    m_folder->setFocus();
}

// The marks stored with the protocol first (a lost one says so), then what was found.
void PublishDialog::showMasked(const PublishPlan& plan) {
    int row = 0;
    for (const MarkStanding& marked : plan.stored.passages) {
        m_masked->setItem(row, 0, new QTableWidgetItem(marked.where));
        m_masked->setItem(row, 1,
                          new QTableWidgetItem(marked.found ? tr("marked")
                                                            : tr("marked – the text is no "
                                                                 "longer there")));
        m_masked->setItem(row++, 2, new QTableWidgetItem(marked.mark.passage));
    }
    for (const MaskProposal& found : plan.masked) {
        m_masked->setItem(row, 0, new QTableWidgetItem(found.where));
        m_masked->setItem(row, 1, new QTableWidgetItem(personalDataKindName(found.kind)));
        m_masked->setItem(row++, 2, new QTableWidgetItem(found.text));
    }
}

QString PublishDialog::individualText(const MeetingRecord& record, const PublishPlan& plan) {
    QStringList labels;
    for (const Paragraph& p : record.paragraphs)
        if (plan.stored.individualParagraphs().contains(p.id))
            labels << paragraphLabel(record.rules, p.number);
    return labels.isEmpty()
               ? tr("No paragraph is flagged as concerning an individual (Ctrl+Shift+H).")
               : tr("Concerning an individual (names of private persons masked): %1")
                     .arg(labels.join(QStringLiteral(", ")));
}

QString PublishDialog::defaultFolder(const Database& database) {
    if (database.isServer())
        return QDir::home().filePath(QStringLiteral("webb"));
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("webb"));
}

void PublishDialog::publishNow() {
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_problem->setText(tr("Say which folder the pages are written into."));
        m_folder->setFocus();
        return;
    }
    PublishRequest request;
    request.meetingId = m_meetingId;
    request.postedOn = m_postedOn->date();
    const auto written = PublishService(m_database).publish(request, folder);
    if (!written) {
        m_problem->setText(written.error());
        return;
    }
    m_written = written.value();
    accept();
}
