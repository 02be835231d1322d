// Not even the open file reaches core/rules, core/text and core/document.
#include "storage/Database.h"
int wallProbeDatabase() {
    return 0;
}
