#include "MeetingBrowser.h"

#include "MeetingListModel.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "text/MeetingText.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace paragraf;

MeetingBrowser::MeetingBrowser(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_model(new MeetingListModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_text(new QPlainTextEdit(this)) {
    // Newest first: the meeting being minuted is at the top.
    m_sorted->setSourceModel(m_model);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MeetingListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Meetings"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Protocol text"));
    m_text->setPlaceholderText(tr("Choose a meeting to see its protocol."));
    addWidget(m_table);
    addWidget(m_text);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showMeeting(m_model->meetingAt(m_sorted->mapToSource(current)));
            });
}

void MeetingBrowser::setDatabase(const Database* database) {
    m_database = database;
    refresh();
}

void MeetingBrowser::refresh() {
    m_text->clear();
    if (!m_database) {
        m_model->setMeetings({});
        return;
    }
    const auto meetings = MeetingService(*m_database).list();
    m_model->setMeetings(meetings ? meetings.value() : QList<MeetingSummary>{});
    if (!meetings)
        m_text->setPlainText(meetings.error());
    m_table->resizeColumnsToContents();
}

bool MeetingBrowser::selectMeeting(Id meetingId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->meetingAt(index) == meetingId) {
            m_table->setCurrentIndex(m_sorted->mapFromSource(index));
            return true;
        }
    }
    return false;
}

void MeetingBrowser::showMeeting(Id meetingId) {
    if (!m_database || meetingId == NoId) {
        m_text->clear();
        return;
    }
    const auto record = MeetingService(*m_database).load(meetingId);
    m_text->setPlainText(record ? meetingAsText(record.value()) : record.error());
}
