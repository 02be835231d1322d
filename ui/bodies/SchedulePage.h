#pragma once

#include "model/Body.h"
#include "model/ScheduleEntry.h"

#include <QWidget>

class QSpinBox;
class QTableView;
class ScheduleModel;

namespace paragraf {
class Database;
}

// The planned meetings of a body's year: added, changed and removed here, turned into meetings,
// exported as an iCalendar file for the members' calendars.
class SchedulePage : public QWidget {
    Q_OBJECT
public:
    SchedulePage(const paragraf::Database& database, const paragraf::Body& body, int year,
                 QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ScheduleModel* model() const { return m_model; }
    void addEntry();
    void editEntry();
    void removeEntry();
    void createMeeting();
    void exportCalendar();

signals:
    void meetingCreated(paragraf::Id meetingId);

private:
    void reload();
    const paragraf::ScheduleEntry* current() const;

    const paragraf::Database& m_database;
    paragraf::Body m_body;
    QSpinBox* m_year;
    QTableView* m_table;
    ScheduleModel* m_model;
};
