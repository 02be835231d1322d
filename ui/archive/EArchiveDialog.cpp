#include "EArchiveDialog.h"

#include "archive/ArchiveService.h"
#include "services/MeetingService.h"
#include "services/RosterService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

// Where packages go unless the secretary says otherwise: "e-arkiv" beside the file.
QString defaultFolder(const Database& database) {
    if (database.isServer())
        return QDir::home().filePath(QStringLiteral("e-arkiv"));
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("e-arkiv"));
}

} // namespace

EArchiveDialog::EArchiveDialog(const Database& database, Id currentBody, QWidget* parent)
    : QDialog(parent), m_database(database), m_years(new QComboBox(this)),
      m_folder(new QLineEdit(defaultFolder(database), this)),
      m_asFolder(new QRadioButton(tr("As a f&older"), this)),
      m_asFile(new QRadioButton(tr("As one fil&e (.tar)"), this)), m_problem(new QLabel(this)),
      m_deliver(new QPushButton(tr("&Deliver"), this)) {
    setWindowTitle(tr("Deliver to the e-archive"));
    auto* intro = new QLabel(
        tr("A body's adjusted protocols of a year as a package for the e-archive (E-ARK SIP "
           "2.1.0, FGS Paketstruktur 2.0): each protocol, its extracts and anslagsbevis in "
           "PDF/A, the canonical form that was signed, the meeting as JSON, the register of "
           "issued documents, METS and PREMIS."),
        this);
    intro->setWordWrap(true);
    QHash<Id, QString> names;
    if (const auto bodies = RosterService(database).bodies())
        for (const Body& body : bodies.value())
            names.insert(body.id, body.name);
    bool preselected = false;
    if (const auto years = MeetingService(database).yearsWithMeetings()) {
        for (const BodyYear& year : years.value()) {
            m_years->addItem(tr("%1, %2 (%n meetings)", nullptr, year.meetings)
                                 .arg(names.value(year.bodyId))
                                 .arg(year.year),
                             QVariantList{year.bodyId, year.year});
            // The body chosen in the tree, its newest year (the list is newest first).
            if (year.bodyId == currentBody && !preselected) {
                m_years->setCurrentIndex(m_years->count() - 1);
                preselected = true;
            }
        }
    }
    m_years->setAccessibleName(tr("Body and year"));
    m_folder->setAccessibleName(tr("Folder"));
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, &EArchiveDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Body and year:"), m_years);
    // A row of two widgets has no buddy of its own: the label names the folder's field.
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    // A folder, as before, unless the archive asks for one file; the choice is two keys away
    // (Alt and the underlined letter), and Tab reaches it as one stop, arrows between the two.
    m_asFolder->setChecked(true);
    auto* shape = new QHBoxLayout;
    shape->addWidget(m_asFolder);
    shape->addWidget(m_asFile);
    shape->addStretch();
    form->addRow(tr("Deliver as:"), shape);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_deliver, QDialogButtonBox::AcceptRole);
    m_deliver->setDefault(true);
    m_deliver->setEnabled(m_years->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &EArchiveDialog::deliver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 260);
    m_years->setFocus();
}

void EArchiveDialog::chooseFolder() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the package"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

void EArchiveDialog::deliver() {
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || m_years->currentIndex() < 0) {
        m_problem->setText(tr("Say which body's year goes, and into which folder."));
        return;
    }
    if (!QDir().mkpath(folder)) {
        m_problem->setText(tr("The folder %1 cannot be made.").arg(folder));
        return;
    }
    const QVariantList chosen = m_years->currentData().toList();
    ArchiveRequest request;
    request.bodyId = chosen.value(0).toLongLong();
    request.year = chosen.value(1).toInt();
    // Modal: setValue() serves the window's events between the meetings, so Cancel is heard.
    QProgressDialog progress(tr("Making the package …"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const ArchiveProgress told = [&progress](int done, int total, const QString& what) {
        progress.setMaximum(total);
        if (!what.isEmpty())
            progress.setLabelText(tr("Making the package: %1").arg(what));
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    const ArchiveService service(m_database);
    const auto written = m_asFile->isChecked() ? service.writeTar(request, folder, told)
                                               : service.write(request, folder, told);
    progress.reset();
    if (!written) {
        m_problem->setText(written.error());
        return;
    }
    m_written = written.value();
    m_notEntered = service.whatIsNotEntered();
    accept();
}
