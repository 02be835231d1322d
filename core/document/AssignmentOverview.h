#pragma once

#include "BuiltDocument.h"
#include "model/FollowUp.h"
#include "rules/FollowUpRules.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <memory>

namespace paragraf {

// The overview of assignments across bodies, as chosen: for the follow-up meeting of the
// secretaries, or for the chair who asks "what is still open?".
struct AssignmentOverview {
    QString selection; // in words: "Öppna uppdrag, alla organ" …
    QDate today;
    QList<AssignmentRow> rows;
};

// The overview's heading, in Swedish whatever the window's language: "Öppna uppdrag, alla
// organ", "Försenade uppdrag, Samverkansgrupp Hälsa, Magnus Aspegren". Empty names: all.
QString selectionTitle(AssignmentState state, const QString& bodyName, const QString& personName);

// In the protocol's typography, one row per assignment, on pages with a running head.
std::unique_ptr<BuiltDocument> buildAssignmentOverview(const AssignmentOverview& overview);

// For a spreadsheet: UTF-8 with a byte order mark and semicolons, as Swedish Excel opens it;
// dates as YYYY-MM-DD.
QByteArray assignmentsCsv(const QList<AssignmentRow>& rows, const QDate& today);

// "öppet", "försenat", "klart 2024-12-09", "avbrutet 2025-01-05".
QString statusText(const AssignmentRow& row, const QDate& today);

} // namespace paragraf
