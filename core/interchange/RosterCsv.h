#pragma once

#include "model/RosterFile.h"
#include "rules/OrganisationKinds.h"

#include <QByteArray>
#include <QString>

namespace paragraf {

// Reads a roster as a spreadsheet program exports it: semicolon or comma separated, UTF-8 (with
// or without a byte order mark) or Windows-1252, quoted fields, header names in Swedish or
// English (namn/name, organisation, parti/party, roll/role, ersättare för/substitute for,
// ordning/order, från/from, till/to). Every problem is reported with its line and column.
RosterFile readRosterCsv(const QByteArray& bytes);

// The rows as a roster file that readRosterCsv() reads back to the same rows: UTF-8 with a byte
// order mark (so that Excel takes it as UTF-8), semicolons, the Swedish header.
QByteArray writeRosterCsv(const QList<RosterRow>& rows);

} // namespace paragraf
