using System.Globalization;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Site;

/// <summary>
/// What <see cref="SiteGenerator.Generate"/> produced: diagnostics (AKB71xx, sorted) and counts for the summary line
/// and benchmarks.
/// </summary>
public sealed record SiteResult
{
    public required string OutputDir { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    /// <summary>HTML pages written.</summary>
    public required int Pages { get; init; }
    /// <summary>All files written (pages, assets, search index, layer).</summary>
    public required int Files { get; init; }
    public required long TotalBytes { get; init; }
    public required int Techniques { get; init; }
    public required int Detections { get; init; }
    /// <summary>Root-relative path and size of the largest HTML page.</summary>
    public required (string Path, long Bytes) LargestPage { get; init; }
    public required (string Path, long Bytes) LargestTechniquePage { get; init; }
    public required long SearchIndexBytes { get; init; }
    /// <summary>
    /// How long the search index kept `site` busy once the pages were written (it is built beside them): waiting for
    /// it, then writing its files. Printed only with ATTACKKB_STATS=1 (the benchmark reads it), never in the summary,
    /// whose bytes must not depend on the machine.
    /// </summary>
    public TimeSpan SearchIndexTime { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public string Summary() =>
        $"{Pages} pages ({Techniques} techniques, {Detections} detections), {Files} files, {TotalBytes / 1024} KiB; "
        + $"largest page {LargestPage.Path} ({LargestPage.Bytes / 1024} KiB); "
        + $"search index {SearchIndexBytes / 1024} KiB";
}
