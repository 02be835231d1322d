#pragma once

#include "model/Ids.h"

#include <QSplitter>

class MeetingSession;
class ParagraphEditor;
class ParagraphListModel;
class QListView;

// The paragraphs of the meeting beside the one being written.
class MeetingDesk : public QSplitter {
    Q_OBJECT
public:
    explicit MeetingDesk(QWidget* parent = nullptr);
    void setSession(MeetingSession* session);

    QListView* paragraphList() const { return m_list; }
    ParagraphListModel* paragraphModel() const { return m_model; }
    ParagraphEditor* editor() const { return m_editor; }

private:
    void selectCurrent();

    MeetingSession* m_session = nullptr;
    ParagraphListModel* m_model;
    QListView* m_list;
    ParagraphEditor* m_editor;
};
