#pragma once

#include "model/MeetingRecord.h"
#include "rules/AttendanceTimeline.h"

#include <QDialog>
#include <functional>

class MeetingSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class VoteTable;

// How the paragraph at hand is decided, entered as it happens: motions and who supports them,
// the chair's finding, a vote typed member by member, reservations and protocol notes. Every
// step is saved at once through the session's undo stack (Ctrl+Z undoes it here too), refused
// with the rule's name when it breaks the rules, and the protocol's sentences are shown as the
// document will have them.
class ProceedingsDialog : public QDialog {
    Q_OBJECT
public:
    ProceedingsDialog(MeetingSession& session, paragraf::Id paragraphId, QWidget* parent = nullptr);

    QComboBox* member() const { return m_member; }
    QComboBox* motionKind() const { return m_motionKind; }
    QLineEdit* motionText() const { return m_motionText; }
    QTableWidget* motions() const { return m_motions; }
    QComboBox* finding() const { return m_finding; }
    QComboBox* yesMotion() const { return m_yes; }
    QComboBox* noMotion() const { return m_no; }
    QCheckBox* voteHeld() const { return m_voteHeld; }
    QCheckBox* closedVote() const { return m_closed; }
    VoteTable* votes() const { return m_votes; }
    QLabel* outcome() const { return m_outcome; }
    QLineEdit* reservationReason() const { return m_reason; }
    QLineEdit* noteText() const { return m_noteText; }
    QTableWidget* afterDecision() const { return m_after; }
    QComboBox* lot() const { return m_lot; }
    QTextBrowser* preview() const { return m_preview; }
    QPlainTextEdit* wording() const { return m_wording; }
    QLabel* quorum() const { return m_quorum; }

    void addMotion();
    void supportMotion();
    void withdrawMotion();
    void putNext();
    void addReservation();
    void addNote();
    void saveWording();
    void removeAfterDecision();
    void reasonReceived();
    // Closing with words typed and not yet added asks first: Escape lost a motion's wording.
    void reject() override;

private:
    QStringList typedNotRecorded() const;
    QWidget* buildMotions();
    QWidget* buildVote();
    QWidget* buildAfter();
    void change(const QString& what, const std::function<void(paragraf::Proceedings&)>& edit);
    void refresh();
    void refreshMotions(const paragraf::Proceedings& p);
    void refreshVote(const paragraf::Proceedings& p, const paragraf::ParagraphAttendance& at);
    void refreshPreview(const paragraf::Paragraph& p);
    void refreshAfter(const paragraf::Proceedings& p);
    const paragraf::Paragraph* paragraph() const;
    paragraf::Id chosenMember() const;

    MeetingSession& m_session;
    paragraf::Id m_paragraphId;
    bool m_refreshing = false;
    QLabel* m_quorum;
    QComboBox* m_member;
    QComboBox* m_motionKind;
    QLineEdit* m_motionText;
    QTableWidget* m_motions;
    QComboBox* m_finding;
    QCheckBox* m_voteHeld;
    QCheckBox* m_closed;
    QSpinBox* m_closedYes;
    QSpinBox* m_closedNo;
    QSpinBox* m_closedAbstain;
    QComboBox* m_yes;
    QComboBox* m_no;
    VoteTable* m_votes;
    QLabel* m_outcome;
    QLineEdit* m_reason;
    QCheckBox* m_pending;
    QLineEdit* m_noteText;
    QTableWidget* m_after; // reservations, then protocol notes
    QComboBox* m_lot;
    QTextBrowser* m_preview;
    QPlainTextEdit* m_wording;
};
