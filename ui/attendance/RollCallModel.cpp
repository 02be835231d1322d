#include "RollCallModel.h"

#include "desk/MeetingSession.h"

#include <QFont>
#include <algorithm>

using namespace paragraf;

RollCallModel::RollCallModel(MeetingSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session) {
    rebuild();
    connect(&session, &MeetingSession::changed, this, [this](MeetingSession::Scope scope) {
        if (scope == MeetingSession::Scope::Attendance || scope == MeetingSession::Scope::Structure)
            rebuild();
    });
}

// Members in the roster's order; substitutes after them by party and order of election, which
// is the order in which they are called in.
void RollCallModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    QList<Participant> substitutes;
    for (const auto& p : m_session.record().participants) {
        if (p.kind == ParticipantKind::Member)
            m_rows << p;
        else if (p.kind == ParticipantKind::Substitute)
            substitutes << p;
    }
    std::stable_sort(substitutes.begin(), substitutes.end(),
                     [](const Participant& a, const Participant& b) {
                         if (a.party != b.party)
                             return a.party < b.party;
                         return (a.electionOrder ? a.electionOrder : 9999) <
                                (b.electionOrder ? b.electionOrder : 9999);
                     });
    m_rows << substitutes;
    endResetModel();
}

int RollCallModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RollCallModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RollCallModel::stateText(const Participant& p) const {
    const MeetingRecord& record = m_session.record();
    if (p.kind == ParticipantKind::Member) {
        for (const auto& s : record.participants)
            if (s.servesForAtStart == p.id)
                return tr("absent, %1 serves").arg(s.name);
        return p.presentAtStart ? tr("present") : tr("absent");
    }
    if (const Participant* member = record.participant(p.servesForAtStart))
        return tr("serves for %1").arg(member->name);
    return p.presentAtStart ? tr("present substitute") : tr("absent");
}

QVariant RollCallModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Participant& p = m_rows[index.row()];
    if (role == ParticipantIdRole)
        return QVariant::fromValue(p.id);
    if (role == Qt::FontRole && p.kind == ParticipantKind::Member && !p.presentAtStart) {
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.kind == ParticipantKind::Substitute ? tr("%1 (substitute)").arg(p.name) : p.name;
    case PartyColumn:
        return p.party;
    case OrderColumn:
        return p.electionOrder > 0 ? QString::number(p.electionOrder) : QString();
    case StateColumn:
        return stateText(p);
    default:
        return {};
    }
}

QVariant RollCallModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PartyColumn:
        return tr("Party");
    case OrderColumn:
        return tr("Order");
    case StateColumn:
        return tr("At the roll call");
    default:
        return {};
    }
}

Id RollCallModel::participantAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : NoId;
}

int RollCallModel::rowOf(Id participantId) const {
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == participantId)
            return r;
    return -1;
}

int RollCallModel::absentMembers() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Participant& p) {
        return p.kind == ParticipantKind::Member && !p.presentAtStart;
    }));
}
