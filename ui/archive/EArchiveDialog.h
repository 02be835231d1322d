#pragma once

#include "model/Ids.h"

#include <QDialog>

namespace paragraf {
class Database;
}
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Leverera till e-arkiv: which body's year goes, and into which folder; Deliver makes the
// package (ArchiveService) with a cancellable progress dialog, the window's events served
// between the meetings, and writes it all at once or not at all. A year with a protocol that
// is not adjusted is refused by name, and nothing is written.
class EArchiveDialog : public QDialog {
    Q_OBJECT
public:
    EArchiveDialog(const paragraf::Database& database, paragraf::Id currentBody,
                   QWidget* parent = nullptr);

    QComboBox* years() const { return m_years; }
    QLineEdit* folder() const { return m_folder; }
    QLabel* problem() const { return m_problem; }
    QPushButton* deliverButton() const { return m_deliver; }
    // The package's folder once written.
    const QString& written() const { return m_written; }

    void deliver();

private:
    void chooseFolder();

    const paragraf::Database& m_database;
    QComboBox* m_years;
    QLineEdit* m_folder;
    QLabel* m_problem;
    QPushButton* m_deliver;
    QString m_written;
};
