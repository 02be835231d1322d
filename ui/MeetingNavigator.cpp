#include "MeetingNavigator.h"

#include "rules/ParagraphRanges.h"
#include "services/MeetingService.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QMap>
#include <QStandardItemModel>

using namespace paragraf;

QString MeetingNavigator::statusText(MeetingStatus status) {
    switch (status) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Called:
        return tr("Called");
    case MeetingStatus::InProgress:
        return tr("In progress");
    case MeetingStatus::Draft:
        return tr("Draft");
    case MeetingStatus::OutForAdjustment:
        return tr("Out for adjustment");
    case MeetingStatus::Adjusted:
        return tr("Adjusted");
    case MeetingStatus::Announced:
        return tr("Announced");
    case MeetingStatus::Archived:
        return tr("Archived");
    }
    return {};
}

MeetingNavigator::MeetingNavigator(QWidget* parent)
    : QTreeView(parent), m_model(new QStandardItemModel(this)) {
    setModel(m_model);
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Bodies and meetings"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const Id meeting = index.data(MeetingIdRole).toLongLong();
                if (meeting != NoId)
                    emit meetingChosen(meeting);
            });
}

void MeetingNavigator::setDatabase(const Database* database) {
    m_database = database;
    refresh();
}

void MeetingNavigator::refresh() {
    const Id selected = currentIndex().data(MeetingIdRole).toLongLong();
    m_model->clear();
    if (!m_database)
        return;
    const auto bodies = BodyRepository(m_database->connection()).bodies();
    const auto meetings = MeetingService(*m_database).list();
    if (!bodies || !meetings)
        return;
    for (const auto& body : bodies.value()) {
        auto* bodyItem = new QStandardItem(body.name);
        bodyItem->setData(body.id, BodyIdRole);
        QMap<int, QList<MeetingSummary>> byYear;
        for (const auto& m : meetings.value())
            if (m.bodyId == body.id)
                byYear[m.date.year()].prepend(m);
        for (auto year = byYear.keyValueEnd(); year != byYear.keyValueBegin();) {
            --year;
            auto* yearItem = new QStandardItem(QString::number((*year).first));
            yearItem->setData(body.id, BodyIdRole);
            for (const auto& m : (*year).second) {
                QString label = m.date.toString(Qt::ISODate);
                if (m.lastNumber >= m.firstNumber)
                    label +=
                        QStringLiteral("  §§ ") + formatNumberSpan(m.firstNumber, m.lastNumber);
                label += QStringLiteral("  (") + statusText(m.status) + QLatin1Char(')');
                auto* item = new QStandardItem(label);
                item->setData(m.id, MeetingIdRole);
                item->setData(body.id, BodyIdRole);
                yearItem->appendRow(item);
            }
            bodyItem->appendRow(yearItem);
        }
        m_model->appendRow(bodyItem);
    }
    expandToDepth(0);
    if (selected != NoId)
        selectMeeting(selected);
}

bool MeetingNavigator::selectMeeting(Id meetingId) {
    const QModelIndexList found = m_model->match(m_model->index(0, 0), MeetingIdRole, meetingId, 1,
                                                 Qt::MatchRecursive | Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    setCurrentIndex(found.first());
    scrollTo(found.first());
    return true;
}

Id MeetingNavigator::currentBody() const {
    return currentIndex().data(BodyIdRole).toLongLong();
}
