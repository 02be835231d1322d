// The control of the text probes: the value types they need come from core/model.
#include "model/MeetingSummary.h"
#include "model/RosterEntry.h"
paragraf::Id wallProbeControl() {
    return paragraf::NoId;
}
