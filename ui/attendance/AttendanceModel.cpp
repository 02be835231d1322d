#include "AttendanceModel.h"

#include "desk/MeetingSession.h"
#include "rules/AttendanceGroups.h"
#include "rules/Presiding.h"

#include <QBrush>
#include <QFont>

using namespace paragraf;

AttendanceModel::AttendanceModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttendanceModel::setSession(MeetingSession* session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    rebuild();
    if (!session)
        return;
    connect(session, &MeetingSession::changed, this, [this](MeetingSession::Scope scope) {
        // The room changes with attendance and with the order of paragraphs, not with text.
        if (scope == MeetingSession::Scope::Attendance || scope == MeetingSession::Scope::Structure)
            rebuild();
    });
    // Moving between paragraphs changes only whose state is shown, not the timeline.
    connect(session, &MeetingSession::currentParagraphChanged, this, [this] {
        m_current = currentAttendance();
        m_presiding = presidingNow();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit roomChanged();
    });
}

void AttendanceModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    m_current = {};
    if (m_session) {
        const MeetingRecord& record = m_session->record();
        m_current = currentAttendance();
        m_presiding = presidingNow();
        for (const auto& p : record.participants) {
            if (p.kind != ParticipantKind::Member)
                continue;
            m_rows << p.id;
            for (const auto& s : record.participants)
                if (s.kind == ParticipantKind::Substitute && s.personalSubstituteOf == p.id)
                    m_rows << s.id;
        }
        for (const auto& p : record.participants)
            if (!m_rows.contains(p.id))
                m_rows << p.id;
    }
    endResetModel();
    emit roomChanged();
}

ParagraphAttendance AttendanceModel::currentAttendance() const {
    const ParagraphAttendance* here = m_session->timeline().at(m_session->currentParagraph());
    return here ? *here : m_session->timeline().atStart();
}

Id AttendanceModel::presidingNow() const {
    const MeetingRecord& record = m_session->record();
    const QList<Id> presiding = presidingByPosition(record);
    for (int i = 0; i < record.paragraphs.size(); ++i)
        if (record.paragraphs[i].id == m_session->currentParagraph())
            return presiding[i];
    return record.meeting.chairId;
}

int AttendanceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int AttendanceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Id AttendanceModel::participantAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row] : NoId;
}
const ParagraphAttendance& AttendanceModel::current() const {
    return m_current;
}

int AttendanceModel::servingCount() const {
    int count = 0;
    for (Id id : m_current.serving)
        if (m_session && m_session->record().participant(id))
            ++count;
    return count;
}

int AttendanceModel::seats() const {
    return m_session ? seatCount(m_session->record().participants) : 0;
}

QString AttendanceModel::stateText(Id id) const {
    const QString state = roomStateText(id);
    return id == m_presiding ? tr("%1, presides").arg(state) : state;
}

QString AttendanceModel::roomStateText(Id id) const {
    const Participant* p = m_session->record().participant(id);
    if (m_current.jav.contains(id))
        return tr("Jäv");
    if (m_current.substituteFor.contains(id)) {
        const Participant* member =
            m_session->record().participant(m_current.substituteFor.value(id));
        return tr("Serves for %1").arg(member ? member->name : QString());
    }
    if (m_current.serving.contains(id))
        return tr("Serving");
    if (m_current.present.contains(id))
        return p && isDecisionMaker(p->kind) ? tr("Present, not serving") : tr("Present");
    return tr("Absent");
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_session)
        return {};
    const Id id = m_rows[index.row()];
    const Participant* p = m_session->record().participant(id);
    if (!p)
        return {};
    if (role == ParticipantIdRole)
        return id;
    if (role == Qt::FontRole && index.column() == StateColumn && m_current.serving.contains(id)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && !m_current.present.contains(id))
        return QBrush(Qt::darkGray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->kind == ParticipantKind::Substitute ? QStringLiteral("   ") + p->name : p->name;
    case RoleColumn: {
        QStringList parts;
        if (!p->party.isEmpty())
            parts << p->party;
        if (!p->organisation.isEmpty())
            parts << p->organisation;
        if (!p->roleLabel.isEmpty())
            parts << p->roleLabel;
        return parts.join(QStringLiteral(", "));
    }
    case StateColumn:
        return stateText(id);
    }
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Party, organisation, role");
    case StateColumn:
        return tr("At this paragraph");
    }
    return {};
}
