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
        new IdentityRule(), new IdFormatRule(), new TechniqueStatusRule(), new TacticRule(), new PlatformRule(),
        new DataComponentRule(),
        new MappingRule(), new CitationRule(), new LinkRule(), new DuplicateRule(), new DetectionReferenceRule(),
        new SigmaRule(), new AtomicRule(), new TagQueryRule(), new UnsafeCharacterRule(), new DateAndVersionRule(),
    ];

    public static LintResult Run(KnowledgeBase kb, LintOptions? options = null) => Run(kb, options, Rules);

    /// <summary>
    /// Runs <paramref name="rules"/> instead of the standard list (tests use it to plant a failing rule).
    /// </summary>
    public static LintResult Run(KnowledgeBase kb, LintOptions? options, IReadOnlyList<LintRule> rules)
    {
        options ??= LintOptions.Default;
        var context = new LintContext(kb);
        var found = new ConcurrentBag<Diagnostic>();
        var declared = rules.Select(r => (r, Declared(r))).ToArray();
        if (kb.Release is null) found.Add(Diagnostic.Create(ToolDiagnostics.NoRelease, null));

        Parallel.ForEach(kb.Notes, note =>
            Each(declared, (r, bag) => r.CheckNote(note, context, bag), found, note.Path));
        Parallel.ForEach(kb.Detections, d =>
            Each(declared, (r, bag) => r.CheckDetection(d, context, bag), found, d.Path));
        Parallel.ForEach(kb.Tests, t => Each(declared, (r, bag) => r.CheckTest(t, context, bag), found, t.Path));
        Each(declared, (r, bag) => r.CheckKnowledgeBase(context, bag), found, null);

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
    private static void Each(
        (LintRule Rule, HashSet<string> Codes)[] rules, Action<LintRule, DiagnosticBag> check,
        ConcurrentBag<Diagnostic> found, string? path)
    {
        var at = path is null ? (Text.SourceLocation?)null : Text.SourceLocation.File(path);
        foreach (var (rule, codes) in rules)
        {
            try { check(rule, new ForwardingBag(d => Accept(rule, codes, d, found, at))); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                found.Add(
                    Diagnostic.Create(ToolDiagnostics.RuleFailed, at, rule.Name, $"{e.GetType().Name}: {e.Message}"));
            }
        }
    }

    private static HashSet<string> Declared(LintRule rule) =>
        rule.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Passes a rule's finding on, unless the rule did not declare its code: that is a bug of the rule,
    /// reported as one (AKB9001), so a rule's declaration can be trusted by the catalog and SARIF.</summary>
    private static void Accept(
        LintRule rule, HashSet<string> codes, Diagnostic d, ConcurrentBag<Diagnostic> found, Text.SourceLocation? at)
    {
        if (codes.Contains(d.Id)) found.Add(d);
        else found.Add(Diagnostic.Create(
            ToolDiagnostics.RuleFailed, d.Location ?? at, rule.Name, $"reported undeclared code {d.Id}"));
    }

    private static Diagnostic Apply(Diagnostic d, LintOptions options)
    {
        var severity = options.SeverityOverrides.TryGetValue(d.Id, out var s) ? s : d.Severity;
        if (options.WarningsAsErrors && severity == Severity.Warning) severity = Severity.Error;
        return severity == d.Severity ? d : d.WithSeverity(severity);
    }

    /// <summary>A bag whose items flow into the shared result as they are reported.</summary>
    private sealed class ForwardingBag(Action<Diagnostic> forward) : DiagnosticBag(forward);
}
