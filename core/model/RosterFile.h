#pragma once

#include "Membership.h"
#include "Organisation.h"

#include <QChar>
#include <QDate>
#include <QList>
#include <QString>

namespace paragraf {

// One member or substitute as a roster file lists them.
struct RosterRow {
    int line = 0; // in the file, 1 = the header
    QString name;
    QString organisation;
    OrganisationKind organisationKind = OrganisationKind::Other;
    QString party;
    MemberRole role = MemberRole::Member;
    QString substituteFor; // a substitute's member, by name
    int electionOrder = 0; // a party substitute's place in the order of election; 0: none
    QDate from;            // null: from the day of the import
    QDate to;              // null: open
};

struct CsvProblem {
    int line = 0;
    int column = 1; // 1-based; the first column when the problem is the whole line
    QString message;
};

// Where the header put the fields that later checks point at (1-based).
struct RosterColumns {
    int name = 1;
    int substituteFor = 1;
    int from = 1;
    int to = 1;
};

struct RosterFile {
    QString encoding; // "UTF-8" or "Windows-1252"
    QChar separator;  // ';' or ','
    RosterColumns columns;
    QList<RosterRow> rows;
    QList<CsvProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

} // namespace paragraf
