using System.Collections.Concurrent;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation;

/// <summary>
/// One lint of one state of a knowledge base, keeping each file's findings apart so that the lint of the next state
/// (<see cref="Next"/>) can reuse the findings of every file the change left alone. Per-file checks run per note,
/// detection and test; cross-file checks (<see cref="LintRule.CheckKnowledgeBase"/>) run over the whole KB every time.
/// A rule that throws is reported (AKB9001) at the file it was checking and the others still run.
/// </summary>
internal sealed class LintRun
{
    private readonly IReadOnlyList<(LintRule Rule, HashSet<string> Codes)> _rules;
    // Keyed by the model object: the loader hands an unchanged file's object to the next KB (LoadCache).
    private readonly Dictionary<object, Diagnostic[]> _byFile;
    private readonly Diagnostic[] _wholeKb;
    private readonly LintContext _context;

    private LintRun(
        LintContext context, IReadOnlyList<(LintRule, HashSet<string>)> rules, Dictionary<object, Diagnostic[]> byFile)
    {
        Kb = context.Kb;
        _context = context;
        _rules = rules;
        _byFile = byFile;
        var found = new List<Diagnostic>();
        if (Kb.Release is null) found.Add(Diagnostic.Create(ToolDiagnostics.NoRelease, null));
        found.AddRange(Each(_rules, (r, bag) => r.CheckKnowledgeBase(context, bag), null));
        _wholeKb = [.. found];
    }

    public KnowledgeBase Kb { get; }

    /// <summary>How many files' per-file checks this run ran (the others' findings came from the previous run).
    /// </summary>
    public int FilesChecked { get; private init; }

    public static LintRun Full(KnowledgeBase kb, IReadOnlyList<LintRule> rules) =>
        FullWith(kb, rules.Select(r => (r, Declared(r))).ToArray());

    private static LintRun FullWith(KnowledgeBase kb, IReadOnlyList<(LintRule, HashSet<string>)> declared)
    {
        var context = new LintContext(kb);
        var byFile = new ConcurrentDictionary<object, Diagnostic[]>(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(
            KbChange.Files(kb), file => byFile[file.Model] = Check(declared, file.Model, file.Path, context));
        var copy = new Dictionary<object, Diagnostic[]>(byFile, ReferenceEqualityComparer.Instance);
        return new LintRun(context, declared, copy)
        {
            FilesChecked = byFile.Count,
        };
    }

    /// <summary>
    /// The lint of <paramref name="kb"/>, the next state of this run's KB: equal to <see cref="Full"/> of it. When
    /// the change leaves the other files unaffected (<see cref="KbChange.OthersUnaffected"/>) and is not a large
    /// part of the KB, only the changed files are checked again; otherwise every file is.
    /// </summary>
    public LintRun Next(KnowledgeBase kb)
    {
        var change = KbChange.Between(Kb, kb);
        // Many changed files (a checkout): the full lint checks them on every core.
        if (!change.OthersUnaffected || change.Came.Count > _byFile.Count / 4)
            return FullWith(kb, _rules);
        var context = new LintContext(kb, sameFiles: _context);   // the same files: OthersUnaffected says so
        var byFile = new Dictionary<object, Diagnostic[]>(_byFile, ReferenceEqualityComparer.Instance);
        foreach (var file in change.Gone) byFile.Remove(file.Model);
        foreach (var file in change.Came) byFile[file.Model] = Check(_rules, file.Model, file.Path, context);
        return new LintRun(context, _rules, byFile) { FilesChecked = change.Came.Count };
    }

    /// <summary>Every finding, with the reader's, severity overrides applied, sorted: what `lint` reports.</summary>
    public LintResult Result(LintOptions options)
    {
        var all = Kb.Diagnostics.Concat(_byFile.Values.SelectMany(d => d)).Concat(_wholeKb)
            .Select(d => Apply(d, options))
            .Where(d => d.Severity != Severity.None)
            .Distinct()
            .Order()
            .ToArray();
        return new LintResult(all, Kb.Files.Count);
    }

    private static Diagnostic[] Check(
        IReadOnlyList<(LintRule, HashSet<string>)> rules, object model, string path, LintContext context) =>
        model switch
        {
            Note note => Each(rules, (r, bag) => r.CheckNote(note, context, bag), path),
            Detection d => Each(rules, (r, bag) => r.CheckDetection(d, context, bag), path),
            TestProcedure t => Each(rules, (r, bag) => r.CheckTest(t, context, bag), path),
            _ => throw new ArgumentException($"not a KB file model: {model.GetType().Name}", nameof(model)),
        };

    /// <summary>Runs every rule on one file (<paramref name="path"/>) or on the whole KB (null); a rule that throws is
    /// reported at that file and the next rule runs.</summary>
    private static Diagnostic[] Each(
        IReadOnlyList<(LintRule Rule, HashSet<string> Codes)> rules, Action<LintRule, DiagnosticBag> check,
        string? path)
    {
        var at = path is null ? (SourceLocation?)null : SourceLocation.File(path);
        var found = new List<Diagnostic>();
        foreach (var (rule, codes) in rules)
        {
            try { check(rule, new ForwardingBag(d => found.Add(Accepted(rule, codes, d, at)))); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                found.Add(
                    Diagnostic.Create(ToolDiagnostics.RuleFailed, at, rule.Name, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return [.. found];
    }

    private static HashSet<string> Declared(LintRule rule) =>
        rule.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>A rule's finding, unless the rule did not declare its code: that is a bug of the rule, reported as
    /// one (AKB9001), so a rule's declaration can be trusted by the catalog and SARIF.</summary>
    private static Diagnostic Accepted(LintRule rule, HashSet<string> codes, Diagnostic d, SourceLocation? at) =>
        codes.Contains(d.Id)
            ? d
            : Diagnostic.Create(ToolDiagnostics.RuleFailed, d.Location ?? at, rule.Name,
                $"reported undeclared code {d.Id}");

    private static Diagnostic Apply(Diagnostic d, LintOptions options)
    {
        var severity = options.SeverityOverrides.TryGetValue(d.Id, out var s) ? s : d.Severity;
        if (options.WarningsAsErrors && severity == Severity.Warning) severity = Severity.Error;
        return severity == d.Severity ? d : d.WithSeverity(severity);
    }

    /// <summary>A bag whose items flow to the caller as they are reported.</summary>
    private sealed class ForwardingBag(Action<Diagnostic> forward) : DiagnosticBag(forward);
}
