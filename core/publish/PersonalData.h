#pragma once

#include "model/MeetingRecord.h"

#include <QList>
#include <QString>

namespace paragraf {

// Personal data in a protocol's text that a web copy should not show (GDPR, OSL): what
// Publicera proposes to mask, for the secretary to confirm. Pure, so that tests can give any text.
struct PersonalDataFinding {
    enum Kind {
        IdentityNumber,     // personnummer, with a valid check digit and date
        CoordinationNumber, // samordningsnummer: the day plus 60
        Phone,
        Email,
        Address,    // a street address, with its postcode and town when given
        PrivateName // a name in a paragraph about an individual that is not a participant's
    };
    Kind kind;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// Whether the ten digits YYMMDDNNNC (or twelve, YYYYMMDDNNNC) carry a valid check digit (the
// Luhn algorithm over the last ten) and a real day; `coordination` is set for a day plus 60.
bool isIdentityNumber(const QString& digits, bool* coordination = nullptr);

// Identity and coordination numbers, telephone numbers, e-mail addresses and street
// addresses in `text`, in order, none overlapping.
QList<PersonalDataFinding> findPersonalData(const QString& text);

// Names of private persons: two or more capitalised words in a row that are not the name of
// one of the meeting's participants (members and officials act in office and stay). Only for a
// paragraph flagged as concerning an individual.
QList<PersonalDataFinding> findPrivateNames(const QString& text, const MeetingRecord& record);

// "personnummer", "telefonnummer", …: the kind in the words Publicera shows.
QString personalDataKindName(PersonalDataFinding::Kind kind);

} // namespace paragraf
