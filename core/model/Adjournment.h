#pragma once

#include "Ids.h"

#include <QString>
#include <QTime>

namespace paragraf {

// A pause of the meeting (ajournering): for lunch, a lecture, group talks. It happens inside a
// paragraph (the paragraph's text says so) or after one (Tid och plats says so); with no
// paragraph it comes before the first. The end is unset while the meeting is adjourned.
struct Adjournment {
    Id id = NoId;
    QTime start;
    QTime end;
    QString reason;        // "lunch", "gruppöverläggningar"; optional
    Id paragraphId = NoId; // inside or after this paragraph; NoId: before the first
    bool withinParagraph = false;

    bool isOpen() const { return !end.isValid(); }
    bool operator==(const Adjournment&) const = default;
};

} // namespace paragraf
