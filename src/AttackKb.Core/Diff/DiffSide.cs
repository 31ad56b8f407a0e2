using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Diff;

public enum DiffSideKind { Release, KnowledgeBase }

/// <summary>
/// A technique's facts as one side of a diff states them. <see cref="Description"/> is null when unknown (compact
/// catalog). <see cref="OfficialText"/> is true for releases, imported notes (<c>imported_from</c>) and dialect-A notes
/// (generated from ATT&CK); notes the team wrote in its own words, and dialect B (names mangled by its generator), do
/// not carry ATT&CK's name and description, so those are not compared.
/// </summary>
public sealed record TechniqueFacts(
    string Id, string Name, string? Version, IReadOnlyList<string> Tactics, IReadOnlyList<string> Platforms,
    string? Description, bool Revoked, bool Deprecated, string? RevokedBy, string? Path, bool OfficialText = true)
{
    public bool Live => !Revoked && !Deprecated;
}

public sealed record StrategyFacts(string Id, string Name, IReadOnlyList<string> Techniques, IReadOnlyList<string> Analytics, bool Live);

public sealed record AnalyticFacts(string Id, string Name, IReadOnlyList<string> Platforms, IReadOnlyList<string> DataComponents, string? Description, bool Live);

public sealed record ComponentFacts(string Id, string Name, bool Live);

/// <summary>
/// One side of <c>attackkb diff</c>, reduced to the facts the diff compares: an ATT&CK release (bundle or catalog), or
/// a knowledge-base folder whose technique notes stand for techniques and whose detection notes stand for detection
/// strategies with their analytics. Keyed by ATT&CK ID only.
/// </summary>
public sealed class DiffSide
{
    private DiffSide(DiffSideKind kind, string name, string source, AttackRelease? release,
        IEnumerable<TechniqueFacts> techniques, IEnumerable<StrategyFacts> strategies,
        IEnumerable<AnalyticFacts> analytics, IEnumerable<ComponentFacts> components, IReadOnlyList<Diagnostic> diagnostics)
    {
        Kind = kind;
        Name = name;
        Source = source;
        Release = release;
        Techniques = ById(techniques, t => t.Id);
        Strategies = ById(strategies, s => s.Id);
        Analytics = ById(analytics, a => a.Id);
        DataComponents = ById(components, c => c.Id);
        Diagnostics = diagnostics;
    }

    public DiffSideKind Kind { get; }
    /// <summary>"ATT&CK Enterprise 18.1" or "knowledge base".</summary>
    public string Name { get; }
    /// <summary>The file or folder name the side came from (no directories, so reports do not depend on where it lives).</summary>
    public string Source { get; }
    public AttackRelease? Release { get; }
    public IReadOnlyDictionary<string, TechniqueFacts> Techniques { get; }
    public IReadOnlyDictionary<string, StrategyFacts> Strategies { get; }
    public IReadOnlyDictionary<string, AnalyticFacts> Analytics { get; }
    public IReadOnlyDictionary<string, ComponentFacts> DataComponents { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static DiffSide FromRelease(AttackRelease release, string source)
    {
        // The release prefers the live object when an ID was reused; ask it per ID.
        var techniques = release.Techniques.Select(t => t.Id).Distinct(StringComparer.Ordinal)
            .Select(id => release.Technique(id)!)
            .Select(t => new TechniqueFacts(t.Id, t.Name, t.Version, t.Tactics, t.Platforms, t.Description, t.Revoked, t.Deprecated, t.RevokedBy, null));
        var strategies = release.DetectionStrategies.Select(s => new StrategyFacts(s.Id, s.Name, s.Techniques, s.Analytics, !s.Revoked && !s.Deprecated));
        var analytics = release.Analytics.Select(a => new AnalyticFacts(a.Id, a.Name, a.Platforms,
            a.LogSourceReferences.Select(l => l.DataComponentId).Where(x => x.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            a.Description, !a.Revoked && !a.Deprecated));
        var components = release.DataComponents.Select(c => new ComponentFacts(c.Id, c.Name, !c.Revoked && !c.Deprecated));
        return new DiffSide(DiffSideKind.Release, release.Info.DisplayName, source, release, techniques, strategies, analytics, components, []);
    }

    /// <summary>
    /// A knowledge base's notes as techniques. Tactics are turned into short names with <paramref name="vocabulary"/>
    /// (the KB's pinned release, or the other side's) so a dialect-B "Defense Evasion" equals "defense-evasion".
    /// </summary>
    public static DiffSide FromKnowledgeBase(KnowledgeBase kb, string source, AttackRelease? vocabulary)
    {
        var bag = new DiagnosticBag();
        var release = kb.Release ?? vocabulary;
        var techniques = new List<TechniqueFacts>();
        foreach (var group in kb.Notes.Where(n => n.AttackId is not null).GroupBy(n => n.AttackId!.Value.Value, StringComparer.Ordinal))
        {
            var notes = group.ToArray();
            if (notes.Length > 1)
                bag.Report(ImportDiagnostics.DiffDuplicateNote, SourceLocation.File(notes[1].Path), group.Key, string.Join(", ", notes.Select(n => n.Path)));
            var n = notes[0];
            techniques.Add(new TechniqueFacts(
                group.Key,
                n.Name?.Value ?? release?.Technique(group.Key)?.Name ?? group.Key,
                n.Version?.Value.Trim(),
                n.Tactics.Select(t => release?.Tactic(t.Value)?.ShortName ?? t.Value.Trim()).ToArray(),
                n.Platforms.Select(p => p.Value.Trim()).ToArray(),
                n.Description,
                IsTrue(n.Revoked), IsTrue(n.Deprecated), null, n.Path,
                OfficialText: n.Dialect == SourceDialect.DialectA || n.ImportedFrom is not null));
        }
        var strategies = new List<StrategyFacts>();
        var analytics = new List<AnalyticFacts>();
        foreach (var d in kb.Detections.Where(d => d.Kind == DetectionKind.DetectionNote && d.Id is not null))
        {
            string id = d.Id!.Value.Value;
            var anIds = d.Analytics.Select(a => a.Id?.Value).OfType<string>().ToArray();
            strategies.Add(new StrategyFacts(id, d.Title?.Value ?? id, d.TechniqueIds.Select(t => t.Value).ToArray(), anIds, true));
            foreach (var a in d.Analytics.Where(a => a.Id is not null))
                analytics.Add(new AnalyticFacts(a.Id!.Value.Value, a.Id.Value.Value, [a.Platform.Value],
                    a.DataComponents.Select(c => c.Value).ToArray(), a.Description, true));
        }
        return new DiffSide(DiffSideKind.KnowledgeBase, "knowledge base", source, release, techniques, strategies, analytics, [], bag.Items);
    }

    private static bool IsTrue(Located<string>? value) => value is { } v && string.Equals(v.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyDictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(id(item), item);
        return map;
    }
}
