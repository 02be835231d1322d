#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QLineEdit>
#include <QPointer>

class QAction;

// A date as Swedes type it: "2023-01-01" or "20230101" typed straight through, or "idag",
// "imorgon", "igår" (today, tomorrow, yesterday). One Tab stop; shown as ÅÅÅÅ-MM-DD once the
// field is left. Alt+Down or F4 (or the button at its end) opens a calendar at the field's
// month, or at today's when it is empty. Text that is not a date is said to be so, in the field
// and by problem(); an optional field may be left empty (no date).
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(const QDate& date = {}, QWidget* parent = nullptr);
    explicit DateField(QWidget* parent) : DateField(QDate(), parent) {}

    // The date typed, or an invalid date when the field is empty or holds no date.
    QDate date() const;
    void setDate(const QDate& date);
    // An optional field may be empty; a required one is not acceptable empty.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    // Empty when what is typed is a date (or an optional field is empty); otherwise what is wrong.
    QString problem() const;

    // The calendar, while it is open (tests).
    QCalendarWidget* calendar() const {
        return m_calendar && m_calendar->isVisible() ? m_calendar.data() : nullptr;
    }
    void openCalendar();

    // "2023-01-01", "20230101", "idag", "imorgon", "igår", "today", "tomorrow", "yesterday";
    // an invalid date for anything else.
    static QDate parse(const QString& text, const QDate& today = QDate::currentDate());
    // Whether every date field under `root` holds what it may; if not, the first that does not
    // gets the focus and shows why. For a dialog's OK.
    static bool allAcceptable(QWidget* root);

signals:
    // When a new date is settled: the field left or Return pressed after typing, or a day
    // picked in the calendar.
    void dateChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void settle();
    void showProblem();

    QDate m_settled;
    bool m_optional = false;
    QPointer<QCalendarWidget> m_calendar;
    QAction* m_warning = nullptr;
};
