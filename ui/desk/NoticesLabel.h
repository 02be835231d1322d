#pragma once

#include "services/ScheduleService.h"

#include <QLabel>
#include <QStringList>

namespace paragraf {
class Database;
}

// The notices (kallelser) to send this week across all bodies, and how many deadlines of
// justering have passed and how many assignments are late, in the status bar: the secretary sees on
// opening the file what is due and what is late.
class NoticesLabel : public QLabel {
    Q_OBJECT
public:
    // What the label tells, read from the file. Plain values, so that a file being opened can be
    // read on another thread while the window is built.
    struct Reminders {
        QList<paragraf::NoticeDue> notices;
        int passedDeadlines = 0;
        int overdueAssignments = 0;
        QStringList unread; // why a kind of reminder could not be read
    };
    static Reminders read(const paragraf::Database& database, const QDate& today);

    explicit NoticesLabel(QWidget* parent = nullptr);
    void refresh(const paragraf::Database* database, const QDate& today);
    void showReminders(const Reminders& reminders);

private:
    QString noticesText(const QList<paragraf::NoticeDue>& notices) const;
};
