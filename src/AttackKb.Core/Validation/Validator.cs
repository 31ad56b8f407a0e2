using System.Collections.Concurrent;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Validation.Rules;

namespace AttackKb.Core.Validation;

/// <summary>
/// Runs the ordered rule list over a knowledge base: per-file rules in parallel, then cross-file rules; adds the
/// readers' diagnostics; applies severity overrides; sorts. A rule that throws is reported (AKB9001) at the file it
/// was checking and the others still run. Same input, same output: order never depends on threads.
/// </summary>
public static class Validator
{
    /// <summary>The rules, in the order they run (order does not affect output: results are sorted).</summary>
    public static IReadOnlyList<LintRule> Rules { get; } =
    [
        new IdentityRule(), new IdFormatRule(), new TechniqueStatusRule(), new TacticRule(), new PlatformRule(), new DataComponentRule(),
        new CitationRule(), new LinkRule(), new DuplicateRule(), new DetectionReferenceRule(),
        new SigmaRule(), new AtomicRule(), new TagQueryRule(), new UnsafeCharacterRule(), new DateAndVersionRule(),
    ];

    public static LintResult Run(KnowledgeBase kb, LintOptions? options = null) => Run(kb, options, Rules);

    /// <summary>Runs <paramref name="rules"/> instead of the standard list (tests use it to plant a failing rule).</summary>
    public static LintResult Run(KnowledgeBase kb, LintOptions? options, IReadOnlyList<LintRule> rules)
    {
        options ??= LintOptions.Default;
        var context = new LintContext(kb);
        var found = new ConcurrentBag<Diagnostic>();
        if (kb.Release is null) found.Add(Diagnostic.Create(ToolDiagnostics.NoRelease, null));

        Parallel.ForEach(kb.Notes, note => Each(rules, r => r.CheckNote(note, context, Bag(found)), found, note.Path));
        Parallel.ForEach(kb.Detections, d => Each(rules, r => r.CheckDetection(d, context, Bag(found)), found, d.Path));
        Parallel.ForEach(kb.Tests, t => Each(rules, r => r.CheckTest(t, context, Bag(found)), found, t.Path));
        Each(rules, r => r.CheckKnowledgeBase(context, Bag(found)), found, null);

        var all = kb.Diagnostics.Concat(found)
            .Select(d => Apply(d, options))
            .Where(d => d.Severity != Severity.None)
            .Distinct()
            .Order()
            .ToArray();
        return new LintResult(all, kb.Files.Count);
    }

    /// <summary>Runs every rule on one file (<paramref name="path"/>) or on the whole KB (null); a rule that throws is
    /// reported at that file and the next rule runs.</summary>
    private static void Each(IReadOnlyList<LintRule> rules, Action<LintRule> check, ConcurrentBag<Diagnostic> found, string? path)
    {
        foreach (var rule in rules)
        {
            try { check(rule); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var at = path is null ? (Text.SourceLocation?)null : Text.SourceLocation.File(path);
                found.Add(Diagnostic.Create(ToolDiagnostics.RuleFailed, at, rule.Name, $"{e.GetType().Name}: {e.Message}"));
            }
        }
    }

    /// <summary>A bag whose items flow into the shared result as they are reported.</summary>
    private static DiagnosticBag Bag(ConcurrentBag<Diagnostic> found) => new ForwardingBag(found);

    private static Diagnostic Apply(Diagnostic d, LintOptions options)
    {
        var severity = options.SeverityOverrides.TryGetValue(d.Id, out var s) ? s : d.Severity;
        if (options.WarningsAsErrors && severity == Severity.Warning) severity = Severity.Error;
        return severity == d.Severity ? d : d.WithSeverity(severity);
    }

    private sealed class ForwardingBag(ConcurrentBag<Diagnostic> target) : DiagnosticBag(target.Add);
}
