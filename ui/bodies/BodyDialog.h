#pragma once

#include "model/Body.h"

#include <QDialog>

class BodyRulesPage;
class QComboBox;
class DateField;
class QListWidget;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class RosterPage;
class SchedulePage;

namespace paragraf {
class Database;
}

// Everything about one body in four tabs: its particulars and seats, its own rules (reglemente,
// arbetsordning), its roster and chairs, its year's schedule.
class BodyDialog : public QDialog {
    Q_OBJECT
public:
    BodyDialog(const paragraf::Database& database, const paragraf::Body& body, const QDate& day,
               QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    RosterPage* roster() const { return m_roster; }
    SchedulePage* schedule() const { return m_schedule; }
    BodyRulesPage* rules() const { return m_rules; }
    QLineEdit* heading() const { return m_heading; }
    QLineEdit* nameField() const { return m_name; }
    void saveBody();
    // A mandate period from the two dates of the body page.
    void addMandatePeriod();
    QListWidget* periods() const { return m_periods; }
    DateField* periodFrom() const { return m_periodFrom; }
    DateField* periodTo() const { return m_periodTo; }
    // Where the body's numbering of the dialog's year starts; applying it renumbers the year's
    // drafts, or says which adjusted protocol stands in the way.
    QSpinBox* firstNumber() const { return m_firstNumber; }
    void applyFirstNumber();

signals:
    void meetingCreated(paragraf::Id meetingId);
    void bodyChanged();

private:
    QWidget* buildBodyPage();
    void fillSeats();
    void fillPeriods();
    QWidget* buildPeriodRow(QWidget* page);
    QWidget* buildNumberingRow(QWidget* page);
    void fillFirstNumber();
    void saveSeats(QTableWidgetItem* item);

    const paragraf::Database& m_database;
    paragraf::Body m_body;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_heading;
    QLineEdit* m_keptAt;
    QTableWidget* m_seats;
    QListWidget* m_periods;
    DateField* m_periodFrom;
    DateField* m_periodTo;
    int m_year;
    QSpinBox* m_firstNumber;
    QTabWidget* m_tabs;
    BodyRulesPage* m_rules;
    RosterPage* m_roster;
    SchedulePage* m_schedule;
};
