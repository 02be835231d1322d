// The control of the ui/app probe: the open file and the services made from it compile there.
#include "services/MeetingService.h"
#include "services/RosterService.h"
#include "storage/Database.h"
paragraf::Id wallProbeControl() {
    return paragraf::NoId;
}
