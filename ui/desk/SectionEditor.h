#pragma once

#include "model/Ids.h"

#include <QElapsedTimer>
#include <QWidget>

class MeetingSession;
class QLineEdit;
class QTextEdit;

// One titled section of a paragraph ("Bakgrund"): a heading and rich text, saved as typed.
class SectionEditor : public QWidget {
    Q_OBJECT
public:
    SectionEditor(MeetingSession& session, paragraf::Id sectionId, QWidget* parent = nullptr);

    paragraf::Id sectionId() const { return m_section; }
    QTextEdit* text() const { return m_text; }
    QLineEdit* heading() const { return m_heading; }
    void refresh(); // from the session, keeping the cursor where it is if nothing changed

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void textEdited();
    void headingEdited();

    MeetingSession& m_session;
    paragraf::Id m_section;
    QLineEdit* m_heading;
    QTextEdit* m_text;
    QString m_lastSaved;
    bool m_shown = false; // the text has been shown once (the cursor is the secretary's)
    bool m_updating = false;
    int m_burst = 0;
    int m_indexAfterTyping = -1;
    QElapsedTimer m_lastKeystroke;
};
