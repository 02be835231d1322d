#pragma once

#include "model/Body.h"
#include "model/RosterEntry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class DateField;
class QSpinBox;
class QTableView;
class RosterModel;

namespace paragraf {
class Database;
}

// A body's roster on a chosen day (or all of its history), the import of a roster file, and the
// chair and vice chair of a year with the rotation's suggestion.
class RosterPage : public QWidget {
    Q_OBJECT
public:
    RosterPage(const paragraf::Database& database, const paragraf::Body& body, const QDate& day,
               QWidget* parent = nullptr);

    RosterModel* model() const { return m_model; }
    QComboBox* chair() const { return m_chair; }
    QComboBox* viceChair() const { return m_viceChair; }
    QSpinBox* chairYear() const { return m_chairYear; }
    void importFile();
    // The day a new member is entered from: the start of the mandate period of the day shown.
    QDate newMemberFrom() const;
    void addMember();
    void changeMember();
    // Ends the selected membership on the day the roster is shown for.
    void endMember();
    QTableView* table() const { return m_table; }
    void suggestChairs();
    void saveChairs();

private:
    void reload(); // after a change: the rows shown and the year's chair choices
    void fitColumns();
    void showRoster();
    void fillChairChoices();
    QWidget* buildChairRow();
    const paragraf::RosterEntry* selected() const;

    const paragraf::Database& m_database;
    paragraf::Body m_body;
    DateField* m_day;
    QCheckBox* m_history;
    QTableView* m_table;
    RosterModel* m_model;
    QSpinBox* m_chairYear;
    QComboBox* m_chair;
    QComboBox* m_viceChair;
};
