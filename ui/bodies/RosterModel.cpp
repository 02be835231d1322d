#include "RosterModel.h"

#include "text/SwedishTerms.h"

using namespace paragraf;

RosterModel::RosterModel(QObject* parent) : QAbstractTableModel(parent) {}

void RosterModel::setEntries(const QList<RosterEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int RosterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::roleText(const RosterEntry& entry) const {
    QString text = swedishRoleLabel(entry.membership.role);
    if (entry.membership.electionOrder > 0)
        return tr("%1 no. %2 in the order of election")
            .arg(text)
            .arg(entry.membership.electionOrder);
    for (const auto& other : m_entries)
        if (other.membership.id == entry.membership.substituteForId)
            return tr("%1 for %2").arg(text, other.personName);
    return text;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry& e = m_entries[index.row()];
    if (role == MembershipIdRole)
        return e.membership.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.personName;
    case Organisation:
        return e.organisationName;
    case Party:
        return e.membership.party;
    case Role:
        return roleText(e);
    case From:
        return e.membership.validFrom.toString(Qt::ISODate);
    case To:
        return e.membership.validTo.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    case Party:
        return tr("Party");
    case Role:
        return tr("Role");
    case From:
        return tr("From");
    case To:
        return tr("To");
    default:
        return {};
    }
}
