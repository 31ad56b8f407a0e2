using System.Collections.Concurrent;
using System.Diagnostics;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Validation;
using AttackKb.Notes.Loading;
using AttackKb.Site;
using AttackKb.Site.Model;
using AttackKb.Site.Pages;
using AttackKb.Stix.Writing;
using CsCheck;

namespace AttackKb.Cli.Tests.Properties;

/// <summary>
/// Never crash: real files mutated into hostile ones (see <see cref="Mutations"/>) go through the reader, the linter
/// against the pinned release and, for a sample, the site's pages and the STIX export — in process, one case at a
/// time per thread. No case may throw, report an internal error (AKB1099, AKB9001, AKB7106), leave its file out
/// without an error naming it, or take longer than <see cref="FuzzSettings.MaxPerCase"/>. Case i is generated from
/// (seed, i) alone, so any failure is reproduced by its seed and index, whatever the thread count.
/// </summary>
[Trait("Category", "Slow")]
public class NeverCrashProperties
{
    private static readonly string[] InternalErrors = ["AKB1099", "AKB9001", "AKB7106"];

    /// <summary>Files left out on purpose with a lower severity: an empty file (AKB1005), YAML that is neither Sigma nor Atomic (AKB1030).</summary>
    private static readonly string[] LeftOutByDesign = ["AKB1005", "AKB1030"];

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void No_mutated_real_file_crashes_a_stage_or_vanishes_silently()
    {
        var files = CorpusFiles.Load();
        Assert.True(files.Count >= 30, $"only {files.Count} corpus files found");
        var gen = Mutations.Of(files);
        ulong seed = FuzzSettings.Seed;
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, FuzzSettings.Cases, i =>
        {
            var input = gen.Generate(new PCG((uint)i, seed), null!, out _);
            var clock = Stopwatch.StartNew();
            string? problem;
            try { problem = Check(input, outputs: i % FuzzSettings.OutputSampleEvery == 0); }
            catch (Exception e) { problem = $"unhandled {e.GetType().Name}: {e.Message}"; }
            if (problem is null && clock.Elapsed > FuzzSettings.MaxPerCase)
            {
                // A slow case may be the machine (other builds, GC of a parallel case), not the input: time it once
                // more alone-ish; a hang or a quadratic blow-up is slow both times.
                var again = Stopwatch.StartNew();
                Check(input, outputs: i % FuzzSettings.OutputSampleEvery == 0);
                if (again.Elapsed > FuzzSettings.MaxPerCase)
                    problem = $"took {clock.Elapsed.TotalSeconds:F1} s, then {again.Elapsed.TotalSeconds:F1} s";
            }
            if (problem is null) return;
            failures.Add($"seed {seed} case {i} ({input.Path}, {input.How}): {problem}");
            FuzzSettings.Keep(i, input);
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {FuzzSettings.Cases} cases failed:\n" +
            string.Join("\n", failures.Order(StringComparer.Ordinal).Take(20)));
    }

    /// <summary>What is wrong with the way the stages handled <paramref name="input"/>, or null when nothing is.</summary>
    private static string? Check(FuzzCase input, bool outputs)
    {
        var loaded = FileReader.ReadBytes(input.Path, input.Bytes);
        if (Internal(loaded.Diagnostics) is { } bug) return bug;
        bool leftOut = loaded.Note is null && loaded.Detection is null && loaded.Test is null;
        if (leftOut && !loaded.Diagnostics.Any(d => d.Location?.Path == input.Path && (d.Severity == Severity.Error || LeftOutByDesign.Contains(d.Id))))
            return "left out without an error naming the file";

        var kb = new KnowledgeBase("/fuzz", Maybe(loaded.Note), Maybe(loaded.Detection), Maybe(loaded.Test),
            [input.Path], loaded.Diagnostics, TestKnowledgeBases.Pinned);
        var lint = Validator.Run(kb);
        if (Internal(lint.Diagnostics) is { } ruleBug) return ruleBug;
        if (!outputs) return null;

        RenderPagesOf(kb);
        StixExport.Write(kb, new StixOptions(StixOptions.DefaultOwner, StixOptions.DefaultMarking), lint);
        return null;
    }

    /// <summary>The pages that show the mutated file (the site's per-page catch would turn a throw into AKB7106).</summary>
    private static void RenderPagesOf(KnowledgeBase kb)
    {
        var map = new SiteMap(kb, new SiteOptions(), new DiagnosticBag());
        foreach (var t in map.Techniques.Where(t => t.Note is not null)) TechniquePage.Render(map, t);
        foreach (var d in map.Detections) DetectionPage.Render(map, d);
        foreach (var t in map.Tests) TestPage.Render(map, t);
    }

    private static string? Internal(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => InternalErrors.Contains(d.Id)) is { } d ? $"internal error {d}" : null;

    private static T[] Maybe<T>(T? value) where T : class => value is null ? [] : [value];
}
