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
class QRadioButton;

// Leverera till e-arkiv: which body's year goes, as a folder or as one .tar file, and into which
// folder; Deliver makes the package (ArchiveService) with a cancellable progress dialog, the
// window's events served between the meetings, and writes it all at once or not at all. A year with
// a protocol that is not adjusted is refused by name, and nothing is written.
class EArchiveDialog : public QDialog {
    Q_OBJECT
public:
    EArchiveDialog(const paragraf::Database& database, paragraf::Id currentBody,
                   QWidget* parent = nullptr);

    QComboBox* years() const { return m_years; }
    QLineEdit* folder() const { return m_folder; }
    QRadioButton* asFolder() const { return m_asFolder; }
    QRadioButton* asFile() const { return m_asFile; }
    QLabel* problem() const { return m_problem; }
    QPushButton* deliverButton() const { return m_deliver; }
    // The package's folder (or .tar file) once written.
    const QString& written() const { return m_written; }
    // Empty, or why the package's PDFs are not in the register (ArchiveService).
    const QString& notEntered() const { return m_notEntered; }

    void deliver();

private:
    void chooseFolder();

    const paragraf::Database& m_database;
    QComboBox* m_years;
    QLineEdit* m_folder;
    QRadioButton* m_asFolder;
    QRadioButton* m_asFile;
    QLabel* m_problem;
    QPushButton* m_deliver;
    QString m_written;
    QString m_notEntered;
};
