#include "ParagraphListModel.h"

#include "MeetingSession.h"
#include "rules/Proceedings.h"

#include <QColor>

using namespace paragraf;

ParagraphListModel::ParagraphListModel(QObject* parent) : QAbstractListModel(parent) {}

void ParagraphListModel::setSession(MeetingSession* session) {
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_rows = session ? static_cast<int>(session->record().paragraphs.size()) : 0;
    m_withoutQuorum.clear();
    if (session) {
        const QList<int> numbers = paragraphsWithoutQuorum(session->record(), session->timeline());
        m_withoutQuorum = QSet<int>(numbers.cbegin(), numbers.cend());
    }
    endResetModel();
    if (!session)
        return;
    connect(session, &MeetingSession::changed, this,
            [this](MeetingSession::Scope scope, Id subject) {
                // One paragraph's own fields, as typed: its row alone; quorum does not depend on
                // them.
                if (scope == MeetingSession::Scope::Details && subject != NoId) {
                    if (const int row = rowOf(subject); row >= 0)
                        emit dataChanged(index(row), index(row));
                    return;
                }
                if (scope == MeetingSession::Scope::Structure) {
                    beginResetModel();
                    m_rows = static_cast<int>(m_session->record().paragraphs.size());
                    endResetModel();
                } else if (scope == MeetingSession::Scope::Details && m_rows > 0) {
                    emit dataChanged(index(0), index(m_rows - 1));
                }
                if (scope != MeetingSession::Scope::Text)
                    updateQuorum();
            });
}

// Attendance and kinds decide quorum; text never does, so typing does not pay for this.
void ParagraphListModel::updateQuorum() {
    const QList<int> numbers = paragraphsWithoutQuorum(m_session->record(), m_session->timeline());
    QSet<int> without(numbers.cbegin(), numbers.cend());
    if (without == m_withoutQuorum)
        return;
    m_withoutQuorum = without;
    if (m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1));
}

int ParagraphListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant ParagraphListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_session)
        return {};
    const auto& paragraphs = m_session->record().paragraphs;
    if (index.row() >= paragraphs.size())
        return {};
    const Paragraph& p = paragraphs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString text = QStringLiteral("§ %1 %2").arg(p.number).arg(
            p.title.isEmpty() ? tr("(no title)") : p.title);
        return m_withoutQuorum.contains(p.number) ? text + tr(" (no quorum)") : text;
    }
    case Qt::ForegroundRole:
        return m_withoutQuorum.contains(p.number) ? QVariant(QColor(0xa4, 0, 0)) : QVariant();
    case ParagraphIdRole:
        return p.id;
    default:
        return {};
    }
}

Id ParagraphListModel::paragraphAt(int row) const {
    if (!m_session || row < 0 || row >= m_session->record().paragraphs.size())
        return NoId;
    return m_session->record().paragraphs[row].id;
}

int ParagraphListModel::rowOf(Id paragraphId) const {
    if (!m_session)
        return -1;
    const auto& paragraphs = m_session->record().paragraphs;
    for (int row = 0; row < paragraphs.size(); ++row)
        if (paragraphs[row].id == paragraphId)
            return row;
    return -1;
}
