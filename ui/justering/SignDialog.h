#pragma once

#include "adjustment/AdjustmentService.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace paragraf {
class Database;
}

// Justering at the desk: each signatory in turn signs the protocol as it is now — in person on
// this computer, typing their name to confirm, or recorded as signed on paper — or refuses with
// a reason. Shows who has signed which version; closes when the protocol is adjusted.
//
// On a server, a signatory logged in as themselves signs "as myself": nothing is typed, the
// server names the login and gives the time (docs/server.md); that is then the default.
class SignDialog : public QDialog {
    Q_OBJECT
public:
    SignDialog(const paragraf::Database& database, paragraf::Id meetingId,
               QWidget* parent = nullptr);

    QComboBox* signatory() const { return m_signatory; }
    QButtonGroup* method() const { return m_method; }
    QLineEdit* name() const { return m_name; }
    QLineEdit* reason() const { return m_reason; }
    QLabel* problem() const { return m_problem; }
    void signNow();
    // Reads who has signed again (another desk signed meanwhile).
    void refresh();
    // The button group's id of signing as the login's own person.
    static constexpr int asLogin = 100;

private:
    void methodChosen();

    const paragraf::Database& m_database;
    paragraf::Id m_meetingId;
    QList<paragraf::Signatory> m_signatories;
    QLabel* m_hash;
    QLabel* m_states;
    QComboBox* m_signatory;
    QButtonGroup* m_method;
    QLineEdit* m_name;
    QLineEdit* m_reason;
    QLabel* m_problem;
};
