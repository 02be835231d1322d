#pragma once

#include "ArchiveFile.h"
#include "Result.h"
#include "io/Staged.h"
#include "model/Ids.h"

#include <QDateTime>
#include <functional>

namespace paragraf {

class Database;

// What to deliver: a body's protocols of one calendar year, or chosen meetings (of one body),
// and the moment the package is made (UTC; the only thing that differs between two packages of
// the same protocols, beside the creation dates inside the PDFs).
struct ArchiveRequest {
    Id bodyId = NoId;
    int year = 0;
    QList<Id> meetingIds; // when given, these instead of the year's
    QDateTime createdAt = QDateTime::currentDateTimeUtc();
};

// Told how far the work is (a step, of how many, and what is being done); returning false
// cancels, and nothing is written.
using ArchiveProgress = std::function<bool(int done, int total, const QString& what)>;

// Leverera till e-arkiv (docs/e-archive.md): a submission information package as E-ARK CSIP
// 2.1.0 and SIP 2.1.0 describe it (FGS Paketstruktur 2.0), with the protocols in PDF/A-1b, their
// extracts and anslagsbevis, the canonical form that was signed, the JSON of each meeting, the
// register of issued documents and PREMIS 3 preservation metadata. Only adjusted protocols go:
// a meeting that is not is refused by name, and nothing is written. Writing a package enters its
// PDFs in the register of issued documents (in the transaction that writes it, so a package not
// written leaves no entry), so that verify-pdf recognises them and the package's register lists
// them; a file or server that cannot be written gives a package whose PDFs are not entered.
class ArchiveService {
public:
    explicit ArchiveService(const Database& database) : m_database(database) {}

    // The package in memory, its PDFs not entered in the register.
    Result<ArchivePackage> build(const ArchiveRequest& request,
                                 const ArchiveProgress& progress = {}) const;
    // The package written as the folder `directory`/<its name>, all of it or nothing under that
    // name (io/AtomicFolder.h), its PDFs entered in the register of issued documents before it
    // has that name. Returns the folder's path.
    Result<QString> write(const ArchiveRequest& request, const QString& directory,
                          const ArchiveProgress& progress = {}) const;
    // The package written as the one file `directory`/<its name>.tar (archive/TarWriter.h: the
    // package's folder packed as POSIX pax tar), all of it or nothing under that name
    // (io/AtomicFile.h, writeNewFileAtomically). Returns the file's path.
    Result<QString> writeTar(const ArchiveRequest& request, const QString& directory,
                             const ArchiveProgress& progress = {}) const;
    // What a package written from a file or login that cannot write lacks, for the person who
    // asked for it: empty when the package's PDFs were entered in the register.
    QString whatIsNotEntered() const;

private:
    Result<ArchivePackage> make(const ArchiveRequest& request, const ArchiveProgress& progress,
                                bool issue) const;
    // The package made with its PDFs entered in the register and `stage` run (written in full
    // under a hidden name) in one transaction: when writing fails, the entries go too. Only
    // after the commit is the package given its name, so that a package under its name always
    // has its PDFs in the register; a kill in between leaves a hidden temporary (io/Staged.h).
    // Returns the package's path.
    Result<QString>
    issueAndWrite(const ArchiveRequest& request, const ArchiveProgress& progress,
                  const std::function<Result<Staged>(const ArchivePackage&)>& stage) const;

    const Database& m_database;
};

} // namespace paragraf
