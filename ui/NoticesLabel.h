#pragma once

#include <QLabel>

namespace paragraf {
class Database;
}

// The notices (kallelser) to send this week across all bodies, and how many deadlines of
// justering have passed and how many assignments are late, in the status bar: the secretary sees on
// opening the file what is due and what is late.
class NoticesLabel : public QLabel {
    Q_OBJECT
public:
    explicit NoticesLabel(QWidget* parent = nullptr);
    void refresh(const paragraf::Database* database, const QDate& today);

private:
    QString noticesText(const paragraf::Database& database, const QDate& today) const;
    QString overdueText(const paragraf::Database& database, const QDate& today) const;
    QString lateAssignmentsText(const paragraf::Database& database, const QDate& today) const;
};
