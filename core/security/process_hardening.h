#pragma once

// Keeps what a running Blindspot holds in memory (a decrypted workspace, plans, notes) out of
// core dumps and away from debuggers of the same user. Called first thing by both programs.

namespace blindspot {

/// What hardenProcess() switched off. Elsewhere than Linux nothing is done and both stay false.
struct ProcessHardening {
    /// RLIMIT_CORE is 0 (soft and hard): a crash leaves no core file, and neither
    /// systemd-coredump nor apport keeps one.
    bool coreDumpsOff = false;
    /// PR_SET_DUMPABLE is 0: no core dump even through a core pattern pipe, and other processes
    /// of the same user cannot ptrace-attach or read /proc/<pid>/mem. Side effect: this
    /// process's /proc/self files become owned by root; the process itself can still read its
    /// world-readable ones (status, limits, maps) and follow /proc/self/exe and /proc/self/fd.
    bool notDumpable = false;

    bool complete() const { return coreDumpsOff && notDumpable; }
};

/// Switches off core dumps and ptrace attachment for this process (see ProcessHardening).
/// Idempotent. Child processes inherit the core limit; exec of an ordinary program makes them
/// dumpable again. On Linux both calls only fail when a sandbox (seccomp) forbids them; the
/// programs then run on, and the result is for tests.
ProcessHardening hardenProcess();

} // namespace blindspot
