#pragma once

// CPU time and peak memory for the benchmarks (header-only; they do not link the test
// support library).
#include <ctime>

#include <sys/resource.h>

namespace atc::test {

/** CPU time of this process, all threads, user and system, in seconds. */
inline double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/** CPU time of the calling thread (an event loop's: its callbacks and Qt's work), seconds. */
inline double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/** The peak resident size of this process so far (ru_maxrss), in MB. */
inline long peakResidentMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace atc::test
