// Compiled as ui/ and app/ are: a repository is not theirs to build, so this must not compile.
#include "storage/BodyRepository.h"
int wallProbeRepository() {
    return 0;
}
