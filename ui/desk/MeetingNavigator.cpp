#include "MeetingNavigator.h"

#include "MeetingTreeModel.h"
#include "common/ReadOrSay.h"

using namespace paragraf;

MeetingNavigator::MeetingNavigator(QWidget* parent)
    : QTreeView(parent), m_model(new MeetingTreeModel(this)) {
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Bodies and meetings"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                const Id meeting = index.data(MeetingTreeModel::MeetingIdRole).toLongLong();
                if (meeting != NoId)
                    emit meetingChosen(meeting);
            });
    // Bodies open, years closed: the years of one body fit on the screen.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { expandToDepth(0); });
    connect(m_model, &MeetingTreeModel::notRead, this,
            [this](const QString& why) { sayNotRead(this, why); });
}

void MeetingNavigator::setDatabase(const Database* database) {
    m_model->setDatabase(database);
}

void MeetingNavigator::setDatabase(const Database* database,
                                   const MeetingTreeModel::Outline& outline) {
    m_model->setDatabase(database, outline);
}

// After a change the selected meeting stays selected, also when the model had to be reset.
void MeetingNavigator::refresh() {
    const Id selected = currentIndex().data(MeetingTreeModel::MeetingIdRole).toLongLong();
    m_model->refresh();
    if (selected != NoId)
        selectMeeting(selected);
}

bool MeetingNavigator::selectMeeting(Id meetingId) {
    const QModelIndex found = m_model->indexOfMeeting(meetingId);
    if (!found.isValid())
        return false;
    if (found != currentIndex())
        setCurrentIndex(found);
    scrollTo(found);
    return true;
}

Id MeetingNavigator::currentBody() const {
    return currentIndex().data(MeetingTreeModel::BodyIdRole).toLongLong();
}
