#include "VoteTable.h"

#include <QHeaderView>
#include <QKeyEvent>

using namespace paragraf;

namespace {

QString choiceText(VoteChoice choice) {
    switch (choice) {
    case VoteChoice::Yes:
        return VoteTable::tr("Yes");
    case VoteChoice::No:
        return VoteTable::tr("No");
    case VoteChoice::Abstain:
        return VoteTable::tr("Abstains");
    }
    return {};
}

// The key a person presses for a choice, in Swedish or English, or on the number row.
std::optional<VoteChoice> choiceOfKey(const QKeyEvent& event) {
    const QString text = event.text().toLower();
    if (text == QLatin1String("j") || text == QLatin1String("y") || text == QLatin1String("1"))
        return VoteChoice::Yes;
    if (text == QLatin1String("n") || text == QLatin1String("2"))
        return VoteChoice::No;
    if (text == QLatin1String("a") || text == QLatin1String("3"))
        return VoteChoice::Abstain;
    return std::nullopt;
}

} // namespace

VoteTable::VoteTable(QWidget* parent) : QTableWidget(0, 2, parent) {
    setHorizontalHeaderLabels({tr("Member"), tr("Vote")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    setAccessibleName(tr("Votes: J yes, N no, A abstains, Delete clears"));
}

void VoteTable::setVoters(const QList<Voter>& voters, const QMap<Id, VoteChoice>& votes) {
    const int row = std::max(0, currentRow());
    m_voters = voters;
    setRowCount(static_cast<int>(voters.size()));
    for (int r = 0; r < voters.size(); ++r) {
        setItem(r, 0, new QTableWidgetItem(voters[r].name));
        const auto vote = votes.constFind(voters[r].participantId);
        setItem(r, 1, new QTableWidgetItem(vote == votes.cend() ? QString() : choiceText(*vote)));
    }
    if (!voters.isEmpty())
        setCurrentCell(std::min(row, static_cast<int>(voters.size()) - 1), 0);
}

void VoteTable::keyPressEvent(QKeyEvent* event) {
    const int row = currentRow();
    if (row < 0 || row >= m_voters.size() || event->modifiers() & ~Qt::KeypadModifier) {
        QTableWidget::keyPressEvent(event);
        return;
    }
    const Id who = m_voters[row].participantId;
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        emit cleared(who);
        return;
    }
    if (const auto choice = choiceOfKey(*event)) {
        // On to the next member first: the vote reloads the table at the current row.
        setCurrentCell(std::min(row + 1, static_cast<int>(m_voters.size()) - 1), 0);
        emit voted(who, *choice);
        return;
    }
    QTableWidget::keyPressEvent(event);
}
