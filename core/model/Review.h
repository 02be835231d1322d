#pragma once

#include "BodyRules.h"
#include "Ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace paragraf {

enum class RemarkState { Open, Accepted, Rejected };

// A justeringsanmärkning: a signatory's remark on a paragraph while the protocol is out for
// adjustment, and the secretary's answer.
struct Remark {
    Id id = NoId;
    Id meetingId = NoId;
    Id paragraphId = NoId; // NoId: the protocol as a whole
    Id participantId = NoId;
    QString author;
    QDateTime writtenAt; // UTC
    QString text;
    RemarkState state = RemarkState::Open;
    QString answer; // the reason of a rejection, or what was changed
    QDateTime answeredAt;
};

// The text of a paragraph that may be corrected while it is out for adjustment.
enum class TextField { Title, Decision, Section };

// One recorded correction made while the protocol is out for adjustment.
struct TextChange {
    Id id = NoId;
    Id meetingId = NoId;
    Id paragraphId = NoId;
    TextField field = TextField::Decision;
    Id sectionId = NoId; // for TextField::Section
    QString before;
    QString after;
    QString reason;
    Id remarkId = NoId; // the remark it answers, if any
    QDateTime changedAt;
};

// A rättelse of an adjusted protocol: the signed text stays, this is shown beside it.
struct Erratum {
    Id id = NoId;
    Id meetingId = NoId;
    Id paragraphId = NoId; // NoId: the protocol as a whole
    QString correctedText;
    QString reason;
    QString decidedBy; // who decided the correction, e.g. "Ordföranden och justerarna"
    QDate decidedOn;
    QDateTime recordedAt;
    QString chainHash;
};

// When the adjusted protocol was put up on the notice board, and taken down.
struct Posting {
    QDate postedOn;
    QDate takenDownOn;
    NoticeRules notice{}; // as the body's rules were when it was posted
};

// What a meeting's protocol has reached: the day it was adjusted (its last signature, local
// time) and its posting, if any.
struct ProtocolDates {
    QDate adjustedOn;
    QDate postedOn;
    QDate takenDownOn;
};

} // namespace paragraf
