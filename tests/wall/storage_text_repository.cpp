// Compiled as core/rules, core/text and core/document are: no storage header reaches them.
#include "storage/MeetingRepository.h"
int wallProbeRepository() {
    return 0;
}
