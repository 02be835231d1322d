#pragma once

#include "model/MeetingRecord.h"

#include <QDialog>
#include <functional>

class MeetingSession;
class NameListCompleter;
class QCheckBox;
class QComboBox;
class DateField;
class QLineEdit;
class QListWidget;
class QTextBrowser;

// What the paragraph at hand asks of people and where its matter goes, typed as it is said:
// an assignment (what, who, by when), a remark by name ("Mar, Mag" + Enter: "Martin och
// Magnus: …"), a referral to another body. Every step is saved at once through the session's
// undo stack, and the protocol's sentences are shown as the document will have them.
class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(MeetingSession& session, paragraf::Id paragraphId, QWidget* parent = nullptr);

    QLineEdit* what() const { return m_what; }
    QLineEdit* holders() const { return m_holders; }
    QCheckBox* byNextMeeting() const { return m_byNextMeeting; }
    DateField* due() const { return m_due; }
    QLineEdit* speakers() const { return m_speakers; }
    QLineEdit* remark() const { return m_remark; }
    QComboBox* body() const { return m_body; }
    QComboBox* referralKind() const { return m_referralKind; }
    QLineEdit* referralNote() const { return m_referralNote; }
    QListWidget* made() const { return m_made; }
    QTextBrowser* preview() const { return m_preview; }

    void addAssignment();
    void addRemark();
    void addReferral();
    void removeSelected();

private:
    QWidget* buildAssignment();
    QWidget* buildRemark();
    QWidget* buildReferral();
    template <typename Item>
    void pushItem(const QString& what, const Item& item, int position, bool adding);
    void refresh();
    const paragraf::Paragraph* paragraph() const;

    MeetingSession& m_session;
    paragraf::Id m_paragraphId;
    QLineEdit* m_what;
    QLineEdit* m_holders;
    NameListCompleter* m_holderNames;
    QCheckBox* m_byNextMeeting;
    DateField* m_due;
    QLineEdit* m_speakers;
    NameListCompleter* m_speakerNames;
    QLineEdit* m_remark;
    QComboBox* m_body;
    QComboBox* m_referralKind;
    QLineEdit* m_referralNote;
    QListWidget* m_made;
    QTextBrowser* m_preview;
};
