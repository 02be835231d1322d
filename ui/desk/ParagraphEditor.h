#pragma once

#include "NameTypeAhead.h"
#include "model/Paragraph.h"

#include <QWidget>

class MarkedPassages;
class MeetingSession;
class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QListWidget;
class QTextEdit;
class QVBoxLayout;
class SectionEditor;

// The paragraph the secretary is at: title, dnr, presenters (from the people present), the
// decision and the text sections. Everything is saved as it is typed and undoable.
class ParagraphEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParagraphEditor(QWidget* parent = nullptr);
    void setSession(MeetingSession* session);

    QLineEdit* title() const { return m_title; }
    QLineEdit* caseNumber() const { return m_caseNumber; }
    QTextEdit* decision() const { return m_decision; }
    QListWidget* presenters() const { return m_presenters; }
    QCheckBox* immediatelyAdjusted() const { return m_immediate; }
    QComboBox* newSectionHeading() const { return m_newSection; }
    QList<SectionEditor*> sections() const { return m_sections; }
    void addSection(const QString& heading);
    void focusFirstText();

    QLabel* lockBanner() const { return m_lockBanner; }
    QLabel* decisionCheck() const { return m_decisionCheck; }

private:
    void rebuild();
    void refreshFields();
    void showLock();
    void orderTabs();
    void movePresenter(int delta);
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Why the meeting cannot be written and what can still be done; empty when it can be.
    static QString lockText(const MeetingSession& session);
    void refreshFollowUp(const paragraf::Paragraph* p);
    void refreshDecisionCheck(const paragraf::Paragraph* p);
    void refreshPresenters();
    void fieldEdited(const QString& field);
    const paragraf::Paragraph* current() const;

    MeetingSession* m_session = nullptr;
    MarkedPassages* m_decisionMarks = nullptr; // the marks shown in the decision
    paragraf::Id m_shown = paragraf::NoId;
    QLineEdit* m_title;
    QLineEdit* m_caseNumber;
    QListWidget* m_presenters;
    QTextEdit* m_decision;
    QCheckBox* m_immediate;
    QLabel* m_followUp;
    QLabel* m_decisionCheck; // the decision reads against the motion carried
    QComboBox* m_newSection;
    QVBoxLayout* m_sectionLayout;
    QList<SectionEditor*> m_sections;
    QString m_decisionSaved;
    // The decision as the field wrote it when it was put in or last saved: when it still writes
    // that, the secretary did not touch it since, and the text stored stays as it is.
    QString m_decisionAsShown;
    // Whose decision the editor holds: a new paragraph's empty decision must replace the one of
    // the paragraph shown before, or the next edit of any field saves that one into it.
    paragraf::Id m_decisionShownFor = paragraf::NoId;
    QLabel* m_lockBanner;
    QWidget* m_addButton = nullptr;
    bool m_updating = false;
    NameTypeAhead m_presenterSearch;
};
