#include "core/security/process_hardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace blindspot {

ProcessHardening hardenProcess()
{
    ProcessHardening done;
#if defined(__linux__)
    // Lowering a limit never needs privileges; the hard limit too, so nothing in this process
    // can raise it again.
    const rlimit none{0, 0};
    done.coreDumpsOff = ::setrlimit(RLIMIT_CORE, &none) == 0;
    done.notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 &&
                       ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return done;
}

} // namespace blindspot
