#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paragraf::transfer {

// Which rows of a table belong to what a pull takes out: the rows whose column `scopeColumn`
// names a row of the table of that scope.
enum class Scope {
    Organisation, // id among the organisations the taken rows name
    Person,       // id among the people the taken rows name
    Body,         // id among the bodies (the body taken out, and those its meetings name)
    Roster,       // body_id is the body taken out
    BodyOwned,    // body_id among the bodies
    Meeting,      // meeting_id (or id, for meeting) among the meetings taken out
    Paragraph,    // paragraph_id of a paragraph of those meetings
    Viewpoint,    // viewpoint_id of a viewpoint of those paragraphs
    Assignment,   // assignment_id of an assignment of those paragraphs
};

// A column that holds another row's id: when the rows move, it follows that row's new id.
struct Reference {
    QString column;
    QString table;
    // Set after every row of its table is in (a row may name one after it, or itself).
    bool later = false;
};

// One table of a Paragraf file as push and pull move it. Tables come in the order they are
// written, so that every row they name is there first; meeting is written with a status that is
// not final, and the three tables of kept records come after the meetings' statuses are set,
// because the server (and the file) accept a rättelse or a posting only of an adjusted protocol.
struct TableMove {
    QString table;
    bool hasId = false; // an `id` column that the target gives anew
    QString order;      // ORDER BY of reading: the order the rows were made in
    Scope scope = Scope::Meeting;
    QList<Reference> references;
    bool afterStatuses = false;
};

// Every table of the file's schema, in the order it is written. A file with a table that is not
// here is refused (TransferPlanTest compares this list with the schema, so that a table added
// later cannot be left behind quietly).
const QList<TableMove>& tableMoves();
const TableMove* tableMove(const QString& table);

// Columns the server has and the file has not (signature.login: the login that made a signature
// on the server; own_login: whether it was the signatory's own, which the server says).
QStringList serverOnlyColumns(const QString& table);
// Those of them push writes, empty: a signature made in the file was made by no login.
QStringList serverOnlyColumnsPushed(const QString& table);

} // namespace paragraf::transfer
