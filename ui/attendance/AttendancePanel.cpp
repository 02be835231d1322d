#include "AttendancePanel.h"

#include "AttendanceActions.h"
#include "AttendanceModel.h"
#include "ParticipantDialog.h"
#include "common/Dialogs.h"
#include "common/WidgetParts.h"
#include "desk/MeetingOperations.h"
#include "desk/MeetingSession.h"
#include "rules/AttendanceGroups.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace paragraf;

AttendancePanel::AttendancePanel(QWidget* parent)
    : QWidget(parent), m_model(new AttendanceModel(this)), m_table(new QTableView(this)),
      m_quorum(new QLabel(this)) {
    WidgetParts::setUpRowTable(m_table, m_model, tr("Attendance"));
    m_table->setWordWrap(false); // one line a person; a long role elides, whole in its tooltip
    // A heading cut by the panel's edge keeps its beginning readable.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_quorum->setTextFormat(Qt::RichText);
    m_quorum->setWordWrap(true); // the warning that the body cannot decide is long
    m_quorum->setAccessibleName(tr("Quorum"));
    auto* hint = new QLabel(
        tr("Space: present/absent · E: substitute · J: jäv here · O: presides from here"), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_quorum);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);

    const auto addKey = [this](const QKeySequence& key, const QString& text,
                               void (AttendancePanel::*slot)()) {
        auto* action = new QAction(text, m_table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    };
    addKey(Qt::Key_Space, tr("Present or absent"), &AttendancePanel::togglePresence);
    addKey(Qt::Key_E, tr("Substitute serves"), &AttendancePanel::toggleSubstitute);
    addKey(Qt::Key_J, tr("Jäv for this paragraph"), &AttendancePanel::toggleJav);
    addKey(Qt::Key_O, tr("Presides from this paragraph"), &AttendancePanel::takeChair);
    addKey(Qt::Key_F2, tr("Change the official or guest…"), &AttendancePanel::editParticipant);
    addKey(Qt::Key_Delete, tr("Remove the official or guest"), &AttendancePanel::removeParticipant);
    // The table view claims F2 and Delete for itself before any shortcut sees them.
    m_table->installEventFilter(this);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_model, &AttendanceModel::roomChanged, this, &AttendancePanel::updateQuorum);
    // States grow during a meeting ("Serves for …"); the role beside them can be scrolled to.
    connect(m_model, &AttendanceModel::roomChanged, this,
            [this] { m_table->resizeColumnToContents(AttendanceModel::StateColumn); });
    updateQuorum();
}

void AttendancePanel::setSession(MeetingSession* session) {
    m_session = session;
    m_model->setSession(session);
    m_table->resizeColumnsToContents();
    setEnabled(session != nullptr);
}

QSize AttendancePanel::sizeHint() const {
    const QFontMetrics metrics(m_table->font());
    QFont bold = m_table->font();
    bold.setBold(true);
    const int nameWidth = metrics.averageCharWidth() * 24; // most names fit, longer ones elide
    const int stateWidth = std::max(
        {QFontMetrics(bold).horizontalAdvance(AttendanceModel::tr("Serving")),
         metrics.horizontalAdvance(AttendanceModel::tr("Present, not serving")),
         metrics.horizontalAdvance(
             m_model->headerData(AttendanceModel::StateColumn, Qt::Horizontal).toString())});
    const int cellPadding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    const int chrome = 2 * m_table->frameWidth() +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       layout()->contentsMargins().left() + layout()->contentsMargins().right();
    const QSize laidOut = QWidget::sizeHint();
    return {std::max(laidOut.width(), nameWidth + stateWidth + 2 * cellPadding + chrome),
            laidOut.height()};
}

template <typename Action> void AttendancePanel::onSelected(Action action) {
    const QModelIndex index = m_table->currentIndex();
    if (!m_session || !index.isValid() || m_session->isReadOnly())
        return;
    const int row = index.row();
    action(*m_session, m_model->participantAt(row));
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void AttendancePanel::togglePresence() {
    onSelected(AttendanceActions::togglePresence);
}
void AttendancePanel::toggleSubstitute() {
    onSelected(AttendanceActions::toggleSubstitute);
}
void AttendancePanel::toggleJav() {
    onSelected(AttendanceActions::toggleJav);
}
void AttendancePanel::takeChair() {
    onSelected(AttendanceActions::takeChair);
}

bool AttendancePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeParticipant();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_F2) {
            editParticipant();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

namespace {
const Participant* officialOrGuest(const MeetingSession& session, Id id) {
    const Participant* p = session.record().participant(id);
    return p && !isDecisionMaker(p->kind) ? p : nullptr;
}
} // namespace

void AttendancePanel::editParticipant() {
    onSelected([this](MeetingSession& session, Id id) {
        const Participant* p = officialOrGuest(session, id);
        if (!p) {
            Dialogs::information(this, tr("A member"),
                                 tr("Members come from the roster: change them in Meeting → "
                                    "Body, roster and schedule."));
            return;
        }
        ParticipantDialog dialog(*p, this);
        if (dialog.exec() == QDialog::Accepted)
            MeetingOperations::updateParticipant(session, *p, dialog.participant());
    });
}

void AttendancePanel::removeParticipant() {
    onSelected([this](MeetingSession& session, Id id) {
        const Participant* p = officialOrGuest(session, id);
        if (!p)
            return;
        if (Dialogs::question(
                this, tr("Remove from the meeting"),
                tr("Remove %1 from the meeting? Undo brings them back.").arg(p->name)))
            MeetingOperations::removeParticipant(session, *p);
    });
}

void AttendancePanel::updateQuorum() {
    if (!m_session) {
        m_quorum->setText(QString());
        return;
    }
    const int serving = m_model->servingCount();
    const int seats = m_model->seats();
    if (hasQuorum(serving, seats))
        m_quorum->setText(tr("<b>Quorate:</b> %1 of %2 members serving").arg(serving).arg(seats));
    else
        m_quorum->setText(
            tr("<span style='color:#b00000'><b>Not quorate:</b> %1 of %2 serving; more than "
               "half must serve to decide.</span>")
                .arg(serving)
                .arg(seats));
}
