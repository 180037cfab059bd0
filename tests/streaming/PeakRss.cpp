// atc-peak-rss RESULT_FILE PROGRAM [ARGS…]: runs PROGRAM as its own child and writes the child's
// exit code, peak RSS and CPU time (wait4's rusage) to RESULT_FILE.
//
// Why a separate, tiny process: Linux records a process's peak RSS (ru_maxrss) across exec, and
// exec starts it at the high-water mark of the address space being replaced. A child forked or
// vforked (posix_spawn) by a test that serves a 100k-resource emulator and parses megabytes of
// output therefore "peaks" at the test's own size, whatever the program does. Forked from this
// process, whose address space holds almost nothing, the figure is the program's own.
//
// Only libc: no Qt, nothing allocated before the fork.

#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: atc-peak-rss RESULT_FILE PROGRAM [ARGS...]\n");
        return 2;
    }
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0)
        return 3;
    if (pid == 0) {
        // Killed with us (the caller's timeout kills this process).
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 3;
    }
    FILE *f = fopen(argv[1], "w");
    if (!f)
        return 3;
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    fprintf(f, "%d %ld %ld.%06ld %ld.%06ld\n", exitCode, usage.ru_maxrss,
            long(usage.ru_utime.tv_sec), long(usage.ru_utime.tv_usec), long(usage.ru_stime.tv_sec),
            long(usage.ru_stime.tv_usec));
    return fclose(f) == 0 ? 0 : 3;
}
