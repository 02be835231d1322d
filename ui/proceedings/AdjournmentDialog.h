#pragma once

#include "model/Adjournment.h"
#include "model/MeetingRecord.h"

#include <QDialog>

class MeetingSession;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

// One adjournment's times, reason and placement, as the secretary corrects them afterwards.
// Times are typed as noted ("10.30"); an empty end means the meeting is still adjourned.
class AdjournmentForm : public QDialog {
    Q_OBJECT
public:
    AdjournmentForm(const paragraf::MeetingRecord& record, const paragraf::Adjournment& shown,
                    QWidget* parent = nullptr);
    paragraf::Adjournment adjournment() const;

    QLineEdit* start() const { return m_start; }
    QLineEdit* end() const { return m_end; }
    QLineEdit* reason() const { return m_reason; }
    QComboBox* paragraph() const { return m_paragraph; }
    QCheckBox* within() const { return m_within; }

private:
    bool timesAcceptable();

    paragraf::Adjournment m_shown;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QComboBox* m_paragraph;
    QCheckBox* m_within;
    QLineEdit* m_reason;
};

// The meeting's clock times (Shift+F9): its adjournments, then the arrivals and departures with
// the times the desk noted. Insert adds an adjournment, Return or F2 corrects the chosen line
// (an adjournment's times, reason and placement, or the noted time of an arrival or departure),
// Delete removes an adjournment; every change is a step on the desk's undo stack.
class AdjournmentsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AdjournmentsDialog(MeetingSession& session, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

    void addNew();
    void changeChosen();
    void removeChosen();

private:
    void refill();
    const paragraf::Adjournment* chosen() const;
    const paragraf::AttendanceEvent* chosenEvent() const;
    QList<paragraf::AttendanceEvent> timedEvents() const; // arrivals and departures
    void correctEventTime(const paragraf::AttendanceEvent& event);

    MeetingSession& m_session;
    QListWidget* m_list;
};
