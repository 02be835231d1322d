#include "ProceedingsDialog.h"

#include "VoteTable.h"
#include "commands/ChangeCommand.h"
#include "common/Dialogs.h"
#include "common/WidgetParts.h"
#include "desk/MeetingSession.h"
#include "rules/AttendanceGroups.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"
#include "text/DecisionText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

using namespace paragraf;

namespace {

QString kindText(MotionKind kind) {
    switch (kind) {
    case MotionKind::Approval:
        return ProceedingsDialog::tr("Approval of the proposal");
    case MotionKind::Rejection:
        return ProceedingsDialog::tr("Rejection");
    case MotionKind::Referral:
        return ProceedingsDialog::tr("Referral back");
    case MotionKind::Amendment:
        return ProceedingsDialog::tr("Own wording");
    }
    return {};
}

// A withdrawn motion stays in the lists (their rows are the motions' positions) but cannot be
// chosen: the chair cannot find for it, put it to a vote or draw lots for it.
void disableWithdrawn(QComboBox* combo, const Proceedings& p, int firstMotionRow) {
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    for (int i = 0; items && i < p.motions.size(); ++i)
        if (QStandardItem* item = items->item(firstMotionRow + i))
            item->setEnabled(!p.motions[i].withdrawn);
}

} // namespace

ProceedingsDialog::ProceedingsDialog(MeetingSession& session, Id paragraphId, QWidget* parent)
    : QDialog(parent), m_session(session), m_paragraphId(paragraphId), m_quorum(new QLabel(this)),
      m_member(new QComboBox(this)), m_motionKind(new QComboBox(this)),
      m_motionText(new QLineEdit(this)), m_motions(new QTableWidget(0, 3, this)),
      m_finding(new QComboBox(this)), m_voteHeld(new QCheckBox(tr("V&ote requested"), this)),
      m_closed(new QCheckBox(tr("C&losed (an election)"), this)), m_closedYes(new QSpinBox(this)),
      m_closedNo(new QSpinBox(this)), m_closedAbstain(new QSpinBox(this)),
      m_yes(new QComboBox(this)), m_no(new QComboBox(this)), m_votes(new VoteTable(this)),
      m_outcome(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_pending(new QCheckBox(tr("Written reason to come"), this)), m_noteText(new QLineEdit(this)),
      m_after(new QTableWidget(0, 2, this)), m_lot(new QComboBox(this)),
      m_preview(new QTextBrowser(this)), m_wording(new QPlainTextEdit(this)) {
    if (const Paragraph* p = paragraph())
        setWindowTitle(tr("Motions and votes, § %1 %2").arg(p->number).arg(p->title));
    m_member->setAccessibleName(tr("Member"));
    for (MotionKind kind :
         {MotionKind::Approval, MotionKind::Rejection, MotionKind::Referral, MotionKind::Amendment})
        m_motionKind->addItem(kindText(kind), static_cast<int>(kind));
    m_motionKind->setAccessibleName(tr("Motion"));
    m_motionText->setPlaceholderText(tr("Wording of an own motion or referral"));
    m_preview->setAccessibleName(tr("The protocol's text"));
    m_preview->setMinimumHeight(110);
    // Motions, vote and what follows scroll between the quorum line and the Close button, so
    // that the dialog fits a 1366×768 screen and Close is always within reach.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_quorum);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* memberRow = new QFormLayout;
    memberRow->addRow(tr("&Member"), m_member);
    contentLayout->addLayout(memberRow);
    contentLayout->addWidget(buildMotions());
    contentLayout->addWidget(buildVote());
    contentLayout->addWidget(buildAfter());
    contentLayout->addWidget(m_preview, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    WidgetParts::addCloseButton(this, layout);
    WidgetParts::addUndoKeys(this, m_session.undoStack());
    connect(&m_session, &MeetingSession::changed, this, &ProceedingsDialog::refresh);
    // Return records what was typed, as the button beside the field does.
    connect(m_motionText, &QLineEdit::returnPressed, this, &ProceedingsDialog::addMotion);
    connect(m_reason, &QLineEdit::returnPressed, this, &ProceedingsDialog::addReservation);
    connect(m_noteText, &QLineEdit::returnPressed, this, &ProceedingsDialog::addNote);
    const QScreen* where = parent ? parent->screen() : screen();
    const int room = where ? where->availableGeometry().height() - 80 : 680;
    resize(820, std::clamp(room, 480, 680));
    refresh();
}

QWidget* ProceedingsDialog::buildMotions() {
    auto* box = new QGroupBox(tr("Motions"), this);
    auto* form = new QFormLayout(box);
    auto* adding = new QHBoxLayout;
    adding->addWidget(m_motionKind);
    adding->addWidget(m_motionText, 1);
    connect(WidgetParts::addQuietButton(adding, tr("&Add motion"), box), &QPushButton::clicked,
            this, &ProceedingsDialog::addMotion);
    auto* movesLabel = new QLabel(tr("Mo&ves"), box);
    movesLabel->setBuddy(m_motionKind);
    form->addRow(movesLabel, adding);
    m_motions->setHorizontalHeaderLabels({tr("Moved by"), tr("Motion"), tr("Supported by")});
    m_motions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_motions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_motions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_motions->verticalHeader()->hide();
    m_motions->horizontalHeader()->setStretchLastSection(true);
    m_motions->setMaximumHeight(120);
    form->addRow(m_motions);
    auto* actions = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(actions, tr("The member &supports it"), box),
            &QPushButton::clicked, this, &ProceedingsDialog::supportMotion);
    connect(WidgetParts::addQuietButton(actions, tr("&Withdrawn"), box), &QPushButton::clicked,
            this, &ProceedingsDialog::withdrawMotion);
    connect(WidgetParts::addQuietButton(actions, tr("P&ut next"), box), &QPushButton::clicked, this,
            &ProceedingsDialog::putNext);
    actions->addStretch();
    form->addRow(actions);
    form->addRow(tr("The chair &finds for"), m_finding);
    connect(m_finding, &QComboBox::activated, this, [this](int index) {
        change(tr("chair's finding"), [index](Proceedings& p) { p.adoptedMotion = index - 1; });
    });
    return box;
}

QWidget* ProceedingsDialog::buildVote() {
    auto* box = new QGroupBox(tr("Vote"), this);
    auto* form = new QFormLayout(box);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_voteHeld);
    flags->addWidget(m_closed);
    flags->addStretch();
    form->addRow(flags);
    form->addRow(tr("&Yes for"), m_yes);
    form->addRow(tr("&No for"), m_no);
    auto* tally = new QHBoxLayout;
    for (QSpinBox* count : {m_closedYes, m_closedNo, m_closedAbstain}) {
        count->setRange(0, 999);
        tally->addWidget(count);
    }
    m_closedYes->setAccessibleName(tr("Yes votes"));
    m_closedNo->setAccessibleName(tr("No votes"));
    m_closedAbstain->setAccessibleName(tr("Abstentions"));
    form->addRow(tr("Closed tally (yes, no, abstain)"), tally);
    form->addRow(tr("Lot &drawn for a tie"), m_lot);
    connect(m_lot, &QComboBox::activated, this, [this](int index) {
        change(tr("vote"), [index](Proceedings& p) { p.vote.lotWinner = index - 1; });
    });
    auto* votesLabel = new QLabel(tr("Vot&es (J yes, N no, A abstains)"), box);
    votesLabel->setBuddy(m_votes);
    m_votes->setMinimumHeight(200);
    form->addRow(votesLabel, m_votes);
    form->addRow(m_outcome);
    connect(m_voteHeld, &QCheckBox::toggled, this, [this](bool held) {
        change(tr("vote"), [held](Proceedings& p) {
            p.vote.held = held;
            // The finding against the first other motion still standing, as chairs put it.
            if (held && p.vote.yesMotion < 0)
                for (int i = 0; i < p.motions.size(); ++i)
                    if (!p.motions[i].withdrawn) {
                        if (p.vote.yesMotion < 0)
                            p.vote.yesMotion = i;
                        else if (p.vote.noMotion < 0)
                            p.vote.noMotion = i;
                    }
            if (!held)
                p.vote = {};
        });
    });
    connect(m_closed, &QCheckBox::toggled, this, [this](bool closed) {
        change(tr("vote"), [closed](Proceedings& p) {
            p.vote.closed = closed;
            p.vote.named.clear();
        });
    });
    for (auto [combo, yes] : {std::pair{m_yes, true}, std::pair{m_no, false}})
        connect(combo, &QComboBox::activated, this, [this, yes = yes](int index) {
            change(tr("vote"), [index, yes](Proceedings& p) {
                (yes ? p.vote.yesMotion : p.vote.noMotion) = index;
            });
        });
    for (QSpinBox* count : {m_closedYes, m_closedNo, m_closedAbstain})
        connect(count, &QSpinBox::editingFinished, this, [this] {
            change(tr("vote"), [this](Proceedings& p) {
                p.vote.closedYes = m_closedYes->value();
                p.vote.closedNo = m_closedNo->value();
                p.vote.closedAbstain = m_closedAbstain->value();
            });
        });
    connect(m_votes, &VoteTable::voted, this, [this](Id who, VoteChoice choice) {
        change(tr("vote"), [who, choice](Proceedings& p) { p.vote.named.insert(who, choice); });
    });
    connect(m_votes, &VoteTable::cleared, this, [this](Id who) {
        change(tr("vote"), [who](Proceedings& p) { p.vote.named.remove(who); });
    });
    return box;
}

QWidget* ProceedingsDialog::buildAfter() {
    auto* box = new QGroupBox(tr("After the decision"), this);
    auto* form = new QFormLayout(box);
    auto* reserving = new QHBoxLayout;
    m_reason->setPlaceholderText(tr("Reason, if given"));
    reserving->addWidget(m_reason, 1);
    reserving->addWidget(m_pending);
    connect(WidgetParts::addQuietButton(reserving, tr("&Reserves"), box), &QPushButton::clicked,
            this, &ProceedingsDialog::addReservation);
    form->addRow(tr("Reservation"), reserving);
    auto* noting = new QHBoxLayout;
    noting->addWidget(m_noteText, 1);
    connect(WidgetParts::addQuietButton(noting, tr("No&te"), box), &QPushButton::clicked, this,
            &ProceedingsDialog::addNote);
    form->addRow(tr("Protocol note"), noting);
    m_after->setHorizontalHeaderLabels({tr("Member"), tr("Reservation or note")});
    m_after->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_after->setSelectionMode(QAbstractItemView::SingleSelection);
    m_after->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_after->verticalHeader()->hide();
    m_after->horizontalHeader()->setStretchLastSection(true);
    m_after->setMaximumHeight(100);
    form->addRow(m_after);
    auto* afterActions = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(afterActions, tr("Written reason re&ceived…"), box),
            &QPushButton::clicked, this, &ProceedingsDialog::reasonReceived);
    connect(WidgetParts::addQuietButton(afterActions, tr("Stri&ke"), box), &QPushButton::clicked,
            this, &ProceedingsDialog::removeAfterDecision);
    afterActions->addStretch();
    form->addRow(afterActions);
    auto* wordingRow = new QHBoxLayout;
    m_wording->setPlaceholderText(tr("Empty: the sentences on the motions and the vote are made "
                                     "from the facts. Reservations and protocol notes are printed "
                                     "as recorded, also below your own wording."));
    m_wording->setMaximumHeight(80);
    wordingRow->addWidget(m_wording, 1);
    connect(WidgetParts::addQuietButton(wordingRow, tr("Use this word&ing"), box),
            &QPushButton::clicked, this, &ProceedingsDialog::saveWording);
    // A row of a layout gets a label without a buddy, which shows "&" as it stands.
    auto* wordingLabel = new QLabel(tr("The &protocol's own wording"), box);
    wordingLabel->setBuddy(m_wording);
    form->addRow(wordingLabel, wordingRow);
    return box;
}

const Paragraph* ProceedingsDialog::paragraph() const {
    return m_session.paragraph(m_session.resolve(m_paragraphId));
}

Id ProceedingsDialog::chosenMember() const {
    return m_member->currentData().toLongLong();
}

void ProceedingsDialog::change(const QString& what, const std::function<void(Proceedings&)>& edit) {
    const Paragraph* p = paragraph();
    if (m_refreshing || !p || m_session.isReadOnly())
        return;
    const Proceedings before = p->proceedings;
    Proceedings after = before;
    edit(after);
    if (after == before)
        return;
    const Id id = p->id;
    MeetingSession& session = m_session;
    m_session.undoStack()->push(new ChangeCommand(
        m_session, tr("Edit %1").arg(what), MeetingSession::Scope::Details,
        [&session, id, before, after](MeetingService& s) {
            return s.setProceedings(session.resolve(id), after, &before);
        },
        [&session, id, before, after](MeetingService& s) {
            return s.setProceedings(session.resolve(id), before, &after);
        }));
}

void ProceedingsDialog::addMotion() {
    const Id mover = chosenMember();
    const auto kind = static_cast<MotionKind>(m_motionKind->currentData().toInt());
    const QString text = m_motionText->text().trimmed();
    change(tr("motion"), [mover, kind, text](Proceedings& p) {
        Motion m;
        m.moverId = mover;
        m.kind = kind;
        m.text = text;
        p.motions << m;
        // A first motion to approve is the chair's finding until said otherwise (the proposal
        // carried by acclamation); any other motion, and a later one, never becomes it unasked
        // (an amendment entered first was found for, and printed so).
        if (p.adoptedMotion < 0 && p.motions.size() == 1 && kind == MotionKind::Approval)
            p.adoptedMotion = 0;
    });
    m_motionText->clear();
}

void ProceedingsDialog::supportMotion() {
    const int row = m_motions->currentRow();
    const Id who = chosenMember();
    change(tr("motion"), [row, who](Proceedings& p) {
        if (row >= 0 && row < p.motions.size() && !p.motions[row].supporterIds.contains(who))
            p.motions[row].supporterIds << who;
    });
}

void ProceedingsDialog::withdrawMotion() {
    const int row = m_motions->currentRow();
    change(tr("motion"), [row](Proceedings& p) {
        if (row < 0 || row >= p.motions.size())
            return;
        p.motions[row].withdrawn = !p.motions[row].withdrawn;
        // The chair cannot find for a motion withdrawn: the finding is to be made again.
        if (p.motions[row].withdrawn && p.adoptedMotion == row)
            p.adoptedMotion = -1;
    });
}

// The chair's proposition order: the chosen motion is put after those already put; put again,
// it leaves the order and those after it move up.
void ProceedingsDialog::putNext() {
    const int row = m_motions->currentRow();
    change(tr("proposition order"), [row](Proceedings& p) {
        if (row < 0 || row >= p.motions.size())
            return;
        const int was = p.motions[row].putOrder;
        if (was > 0) {
            for (Motion& m : p.motions)
                if (m.putOrder > was)
                    --m.putOrder;
            p.motions[row].putOrder = 0;
            return;
        }
        int last = 0;
        for (const Motion& m : p.motions)
            last = std::max(last, m.putOrder);
        p.motions[row].putOrder = last + 1;
    });
}

void ProceedingsDialog::addReservation() {
    Reservation r;
    r.participantId = chosenMember();
    r.reason = m_reason->text().trimmed();
    r.reasonPending = m_pending->isChecked();
    change(tr("reservation"), [r](Proceedings& p) { p.reservations << r; });
    m_reason->clear();
    m_pending->setChecked(false);
}

void ProceedingsDialog::addNote() {
    if (m_noteText->text().trimmed().isEmpty())
        return; // Return in an empty field; the rule asks for the text
    ProtocolNote n;
    n.participantId = chosenMember();
    n.text = m_noteText->text().trimmed();
    change(tr("protocol note"), [n](Proceedings& p) { p.notes << n; });
    m_noteText->clear();
}

// Rows of the table: the reservations first, then the protocol notes.
void ProceedingsDialog::removeAfterDecision() {
    const int row = m_after->currentRow();
    change(tr("reservation"), [row](Proceedings& p) {
        if (row >= 0 && row < p.reservations.size())
            p.reservations.removeAt(row);
        else if (const int note = row - static_cast<int>(p.reservations.size());
                 note >= 0 && note < p.notes.size())
            p.notes.removeAt(note);
    });
}

// A written reservation handed in after the meeting: its reason, no longer pending.
void ProceedingsDialog::reasonReceived() {
    const Paragraph* p = paragraph();
    const int row = m_after->currentRow();
    if (!p || row < 0 || row >= p->proceedings.reservations.size())
        return;
    const QString reason =
        Dialogs::text(this, tr("Written reservation"), tr("The reason as handed in:"));
    if (reason.isEmpty())
        return;
    change(tr("reservation"), [row, reason](Proceedings& proceedings) {
        proceedings.reservations[row].reason = reason;
        proceedings.reservations[row].reasonPending = false;
    });
}

void ProceedingsDialog::saveWording() {
    const QString text = m_wording->toPlainText().trimmed();
    change(tr("wording"), [text](Proceedings& p) { p.wording = text; });
}

void ProceedingsDialog::refresh() {
    const Paragraph* p = paragraph();
    if (!p)
        return;
    m_refreshing = true;
    const MeetingRecord& record = m_session.record();
    const ParagraphAttendance at = attendanceAt(record, p->id);
    const Id member = chosenMember();
    m_member->clear();
    int serving = 0;
    for (const Participant& who : record.participants)
        if (takesPart(at, who.id)) {
            m_member->addItem(personInProceedings(record, who.id), who.id);
            ++serving;
        }
    m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
    const int seats = seatCount(record.participants);
    m_quorum->setText(hasQuorum(serving, seats)
                          ? tr("%1 of %2 members serve at this paragraph.").arg(serving).arg(seats)
                          : tr("<b>No quorum:</b> %1 of %2 members serve at this paragraph.")
                                .arg(serving)
                                .arg(seats));
    refreshMotions(p->proceedings);
    refreshVote(p->proceedings, at);
    refreshAfter(p->proceedings);
    refreshPreview(*p);
    m_refreshing = false;
}

void ProceedingsDialog::refreshMotions(const Proceedings& p) {
    const MeetingRecord& record = m_session.record();
    const int row = m_motions->currentRow();
    m_motions->setRowCount(static_cast<int>(p.motions.size()));
    m_finding->clear();
    m_finding->addItem(tr("(no finding)"));
    for (int r = 0; r < p.motions.size(); ++r) {
        const Motion& m = p.motions[r];
        QStringList supporters;
        for (Id s : m.supporterIds)
            supporters << personInProceedings(record, s);
        QString motion = kindText(m.kind);
        if (!m.text.isEmpty())
            motion += QStringLiteral(": ") + m.text;
        if (m.withdrawn)
            motion += tr(" (withdrawn)");
        else if (m.putOrder > 0)
            motion += tr(" (put %1)").arg(m.putOrder);
        const QStringList cells{personInProceedings(record, m.moverId), motion,
                                supporters.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_motions->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_finding->addItem(cells[0] + QStringLiteral(": ") + motion);
    }
    m_motions->setCurrentCell(std::min(row, static_cast<int>(p.motions.size()) - 1), 0);
    disableWithdrawn(m_finding, p, 1);
    m_finding->setCurrentIndex(p.adoptedMotion + 1);
}

// `at`: the attendance refresh() derived already, not derived a second time.
void ProceedingsDialog::refreshVote(const Proceedings& p, const ParagraphAttendance& at) {
    const MeetingRecord& record = m_session.record();
    m_voteHeld->setChecked(p.vote.held);
    m_closed->setChecked(p.vote.closed);
    for (QComboBox* combo : {m_yes, m_no}) {
        combo->clear();
        for (int i = 1; i < m_finding->count(); ++i)
            combo->addItem(m_finding->itemText(i));
    }
    disableWithdrawn(m_yes, p, 0);
    disableWithdrawn(m_no, p, 0);
    m_yes->setCurrentIndex(p.vote.yesMotion);
    m_no->setCurrentIndex(p.vote.noMotion);
    m_lot->clear();
    m_lot->addItem(tr("(no lot drawn)"));
    for (int i = 1; i < m_finding->count(); ++i)
        m_lot->addItem(m_finding->itemText(i));
    disableWithdrawn(m_lot, p, 1);
    m_lot->setCurrentIndex(p.vote.lotWinner + 1);
    m_lot->setEnabled(p.vote.held && p.vote.closed);
    m_closedYes->setValue(p.vote.closedYes);
    m_closedNo->setValue(p.vote.closedNo);
    m_closedAbstain->setValue(p.vote.closedAbstain);
    QList<VoteTable::Voter> voters;
    for (const Participant& who : record.participants)
        if (takesPart(at, who.id))
            voters << VoteTable::Voter{who.id, personInProceedings(record, who.id)};
    m_votes->setVoters(voters, p.vote.named);
    const bool named = p.vote.held && !p.vote.closed;
    m_votes->setEnabled(named);
    for (QWidget* w : {static_cast<QWidget*>(m_yes), static_cast<QWidget*>(m_no),
                       static_cast<QWidget*>(m_closed)})
        w->setEnabled(p.vote.held);
    for (QSpinBox* count : {m_closedYes, m_closedNo, m_closedAbstain})
        count->setEnabled(p.vote.held && p.vote.closed);
    const VoteOutcome outcome = countVote(p.vote, at, record.meeting.chairId);
    m_outcome->setText(!p.vote.held ? QString()
                                    : tr("%1 yes, %2 no, %3 abstain; %4 not voted")
                                          .arg(outcome.yes)
                                          .arg(outcome.no)
                                          .arg(outcome.abstain)
                                          .arg(outcome.notVoted.size()));
}

void ProceedingsDialog::refreshAfter(const Proceedings& p) {
    const MeetingRecord& record = m_session.record();
    const int row = m_after->currentRow();
    m_after->setRowCount(static_cast<int>(p.reservations.size() + p.notes.size()));
    int r = 0;
    for (const Reservation& reservation : p.reservations) {
        const QString text = reservation.reasonPending ? tr("Reservation, written reason to come")
                             : reservation.reason.isEmpty()
                                 ? tr("Reservation")
                                 : tr("Reservation: %1").arg(reservation.reason);
        m_after->setItem(
            r, 0, new QTableWidgetItem(personInProceedings(record, reservation.participantId)));
        m_after->setItem(r++, 1, new QTableWidgetItem(text));
    }
    for (const ProtocolNote& note : p.notes) {
        m_after->setItem(r, 0,
                         new QTableWidgetItem(personInProceedings(record, note.participantId)));
        m_after->setItem(r++, 1, new QTableWidgetItem(tr("Protocol note: %1").arg(note.text)));
    }
    m_after->setCurrentCell(std::min(row, m_after->rowCount() - 1), 0);
}

void ProceedingsDialog::refreshPreview(const Paragraph& p) {
    const MeetingRecord& record = m_session.record();
    QStringList lines;
    const auto add = [&lines](const QList<ParagraphPart>& parts) {
        for (const ParagraphPart& part : parts)
            if (part.kind != ParagraphPart::Table)
                lines << (part.label.isEmpty() ? part.text
                                               : part.label + QStringLiteral(": ") + part.text);
    };
    add(proceedingsBeforeDecision(record, p));
    add(proceedingsAfterDecision(record, p));
    m_preview->setPlainText(lines.join(QStringLiteral("\n\n")));
    if (!m_wording->hasFocus())
        m_wording->setPlainText(p.proceedings.wording);
}

QStringList ProceedingsDialog::typedNotRecorded() const {
    QStringList typed;
    if (!m_motionText->text().trimmed().isEmpty())
        typed << tr("the motion \"%1\"").arg(m_motionText->text().trimmed());
    if (!m_reason->text().trimmed().isEmpty())
        typed << tr("the reservation's reason \"%1\"").arg(m_reason->text().trimmed());
    if (!m_noteText->text().trimmed().isEmpty())
        typed << tr("the protocol note \"%1\"").arg(m_noteText->text().trimmed());
    const Paragraph* p = paragraph();
    if (p && m_wording->toPlainText().trimmed() != p->proceedings.wording.trimmed())
        typed << tr("the protocol's own wording");
    return typed;
}

void ProceedingsDialog::reject() {
    const QStringList typed = typedNotRecorded();
    if (!typed.isEmpty() &&
        !Dialogs::question(this, tr("Not recorded"),
                           tr("You typed %1, which is not recorded yet. Close and discard it?")
                               .arg(typed.join(QStringLiteral(", "))),
                           true))
        return;
    QDialog::reject();
}
