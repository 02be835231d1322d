#include "RollCallDialog.h"

#include "RollCallModel.h"
#include "commands/ChangeCommand.h"
#include "common/WidgetParts.h"
#include "desk/MeetingSession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

using namespace paragraf;

RollCallDialog::RollCallDialog(MeetingSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new RollCallModel(session, this)),
      m_filter(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_status(new QLabel(this)), m_count(new QLabel(this)) {
    setWindowTitle(tr("Roll call"));
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Type a few letters of a name. Return: absent, and the next "
                               "substitute of the party is called in. Shift+Return: present "
                               "again. Ctrl+Z: undo."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_search->setPlaceholderText(tr("Find a name"));
    m_search->setAccessibleName(tr("Find a name"));
    layout->addWidget(m_search);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(RollCallModel::NameColumn);
    WidgetParts::setUpRowTable(m_table, m_filter, tr("Members and substitutes"));
    m_table->horizontalHeader()->setSectionResizeMode(RollCallModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    // The chosen row stays marked while the focus is in the search field, where one types.
    QPalette palette = m_table->palette();
    for (auto role : {QPalette::Highlight, QPalette::HighlightedText})
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    m_table->setPalette(palette);
    layout->addWidget(m_table, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_count);
    WidgetParts::addCloseButton(this, layout);
    resize(640, 720);

    connect(m_search, &QLineEdit::textChanged, this, &RollCallDialog::filter);
    connect(&session, &MeetingSession::failed, m_status, &QLabel::setText);
    // Ctrl+Z and Ctrl+Shift+Z change the roll call behind the last message: say so. A history
    // cleared after a failed step keeps the failure's message.
    connect(session.undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (index != m_pushedIndex && m_session.undoStack()->count() > 0)
            m_status->setText(tr("Undone or redone; the list shows the roll call as it is now."));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RollCallDialog::updateCount);
    // The list is read again after every change (an undo too): the same person stays chosen.
    auto kept = std::make_shared<Id>(NoId);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, kept] { *kept = chosen(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, kept] {
        if (*kept != NoId)
            choose(*kept);
    });
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    WidgetParts::addUndoKeys(this, session.undoStack());
    everyonePresentFirstTime();
    updateCount();
    filter({});
    m_search->setFocus();
}

// A roll call starts with everyone present; once a member is marked present (by an earlier
// roll call or by hand) the meeting's state is kept as it is.
void RollCallDialog::everyonePresentFirstTime() {
    if (m_session.isReadOnly())
        return;
    const auto& participants = m_session.record().participants;
    const bool anyMemberPresent =
        std::any_of(participants.cbegin(), participants.cend(), [](const Participant& p) {
            return p.kind == ParticipantKind::Member && p.presentAtStart;
        });
    if (anyMemberPresent)
        return;
    const auto changes = RollCall::allPresent(participants);
    if (!changes.isEmpty())
        push({changes, {}}, tr("Roll call: everyone present"));
}

void RollCallDialog::updateCount() {
    int members = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (const Participant* p = m_session.record().participant(m_model->participantAt(r)))
            members += p->kind == ParticipantKind::Member ? 1 : 0;
    m_count->setText(
        tr("%1 of %2 members present").arg(members - m_model->absentMembers()).arg(members));
}

Id RollCallDialog::chosen() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_filter->data(index, RollCallModel::ParticipantIdRole).value<Id>()
                           : NoId;
}

void RollCallDialog::choose(Id participantId) {
    const int row = m_model->rowOf(participantId);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(std::max(row, 0), 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
    else if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

// The first name that matches is chosen, so that a few letters and Return are enough.
void RollCallDialog::filter(const QString& text) {
    // The start of the name or of one of its words, as names are said ("Berg" finds Bo Berg).
    m_filter->setFilterRegularExpression(
        QRegularExpression(QStringLiteral("(^|\\s)") + QRegularExpression::escape(text.trimmed()),
                           QRegularExpression::CaseInsensitiveOption));
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    m_pickedAmongSeveral = false;
}

void RollCallDialog::push(const RollCallStep& step, const QString& text) {
    QList<Participant> before, after;
    for (const auto& change : step.changes) {
        before << change.before;
        after << change.after;
    }
    const Id meeting = m_session.meetingId();
    m_pushedIndex = m_session.undoStack()->index() + 1; // what the push makes it
    m_session.undoStack()->push(new ChangeCommand(
        m_session, text, MeetingSession::Scope::Attendance,
        [meeting, after](MeetingService& s) { return s.updateParticipants(meeting, after); },
        [meeting, before](MeetingService& s) { return s.updateParticipants(meeting, before); }));
    m_pushedIndex = m_session.undoStack()->index();
}

void RollCallDialog::markAbsent() {
    // Letters that fit several people choose nobody until an arrow key picks one: a member
    // marked absent by a guess would call in a substitute for the wrong seat.
    if (!m_search->text().trimmed().isEmpty() && m_filter->rowCount() > 1 &&
        !m_pickedAmongSeveral && QApplication::focusWidget() == m_search) {
        m_status->setText(tr("%1 names match \"%2\": write more of the name, or choose one with "
                             "the arrow keys.")
                              .arg(m_filter->rowCount())
                              .arg(m_search->text().trimmed()));
        return;
    }
    const Id who = chosen();
    const Participant* p = m_session.record().participant(who);
    if (!p || m_session.isReadOnly())
        return;
    const auto step = RollCall::markAbsent(m_session.record().participants, who);
    if (!step) {
        m_status->setText(step.error());
        return;
    }
    const QString name = p->name;
    push(step.value(), tr("Absent at the roll call: %1").arg(name));
    QString said = tr("%1 is absent.").arg(name);
    for (const auto& change : step.value().changes)
        if (change.after.servesForAtStart != NoId && change.after.id != who)
            said += QLatin1Char(' ') +
                    tr("%1 (%2) serves for %3 from the start.")
                        .arg(change.after.name, change.after.party,
                             m_session.record().participant(change.after.servesForAtStart)->name);
    if (!step.value().noSubstitute.isEmpty())
        said += QLatin1Char(' ') + step.value().noSubstitute;
    m_status->setText(said);
    m_search->setText(QString()); // also forgets its typing, so Ctrl+Z reaches the roll call
    choose(who);
}

void RollCallDialog::markPresent() {
    const Id who = chosen();
    const Participant* p = m_session.record().participant(who);
    if (!p || m_session.isReadOnly())
        return;
    const auto step = RollCall::markPresent(m_session.record().participants, who);
    if (!step) {
        m_status->setText(step.error());
        return;
    }
    const QString name = p->name;
    push(step.value(), tr("Present at the roll call: %1").arg(name));
    m_status->setText(tr("%1 is present.").arg(name));
    m_search->setText(QString()); // also forgets its typing, so Ctrl+Z reaches the roll call
    choose(who);
}

// Up and Down in the search field move in the list; Return acts on the chosen row from either.
bool RollCallDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (key->modifiers() & Qt::ShiftModifier)
            markPresent();
        else
            markAbsent();
        return true;
    }
    if (watched == m_search && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down ||
                                key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown)) {
        QCoreApplication::sendEvent(m_table, event);
        m_pickedAmongSeveral = true;
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
