using System.Diagnostics;
using System.Globalization;

namespace AttackKb.Cli.Common;

/// <summary>
/// With ATTACKKB_STATS=1, one line on stderr at exit: bytes allocated, collections per generation, CPU time and peak
/// memory. Counts that do not depend on how loaded the machine is, for the benchmarks (tests/bench/bench.sh) and for
/// checking what a change saved; wall times on a shared machine say little.
/// </summary>
internal static class ProcessStats
{
    public const string Variable = "ATTACKKB_STATS";

    private static bool Asked => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>The search index's build time, a wall time: only when asked, so normal output stays
    /// deterministic.</summary>
    public static void ReportSiteIfAsked(TextWriter stderr, AttackKb.Site.SiteResult site)
    {
        if (!Asked) return;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"attackkb stats: search index {site.SearchIndexTime.TotalMilliseconds:0} ms"));
    }

    public static void ReportIfAsked(TextWriter stderr)
    {
        if (!Asked) return;
        using var self = Process.GetCurrentProcess();
        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"attackkb stats: allocated {GC.GetTotalAllocatedBytes(precise: true)} B; "
            + $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2); "
            + $"cpu user {self.UserProcessorTime.TotalSeconds:F3} s, "
            + $"system {self.PrivilegedProcessorTime.TotalSeconds:F3} s; "
            + $"peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB"));
    }
}
