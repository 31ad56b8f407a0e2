using AttackKb.Core.Attack;
using AttackKb.Core.Model;

namespace AttackKb.Site.Model;

/// <summary>A technique the site has a page for. <see cref="Url"/> is root-relative.</summary>
public sealed record TechniqueEntry(string Id, string Url, TechniqueView View, Coverage Coverage)
{
    /// <summary>
    /// The release's name when it knows the technique (a dialect-B note writes "Develop Capabilities- Digital
    /// Certificates"), else the note's.
    /// </summary>
    public string Name => View.Official?.Name ?? View.Name ?? Id;
    public Note? Note => View.Notes.Count > 0 ? View.Notes[0] : null;
    public AttackTechnique? Official => View.Official;
    public IReadOnlyList<TacticEntry> Tactics { get; init; } = [];
    public string? ParentId { get; init; }
    public IReadOnlyList<string> Subtechniques { get; init; } = [];
    /// <summary>What the release joins to it (procedure examples, mitigations, assets); set by the site map.</summary>
    internal TechniqueObjects Objects { get; set; } = TechniqueObjects.None;
    /// <summary>ATT&amp;CK's procedure examples: the groups, software and campaigns using it, in ID order.</summary>
    public IReadOnlyList<ObjectLink> Procedures => Objects.Procedures;
    /// <summary>How many of the first <see cref="Procedures"/> the technique page shows with their text.</summary>
    public int ProceduresWithText => Objects.ProceduresWithText;
    /// <summary>
    /// All procedure examples in page-sized runs (SitePaths.Procedures) when the page shows only some; else empty.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ObjectLink>> ProcedurePages => Objects.ProcedurePages;
    /// <summary>ATT&amp;CK's mitigations, each with how it mitigates, in ID order.</summary>
    public IReadOnlyList<ObjectLink> Mitigations => Objects.Mitigations;
    /// <summary>The ICS assets it targets.</summary>
    public IReadOnlyList<ObjectLink> Assets => Objects.Assets;
}

/// <summary>
/// A tactic (kill-chain phase), keyed by its short name; <see cref="AttackId"/> is TA00xx when the release knows it.
/// </summary>
public sealed record TacticEntry(string ShortName, string Name, string? AttackId, string Url)
{
    public AttackTactic? Official { get; init; }
}

/// <summary>A detection (Sigma rule or detection note) and its page.</summary>
public sealed record DetectionEntry(Detection Detection, string Url, string DisplayId)
{
    public string Title => Detection.Title?.Value is { Length: > 0 } t ? t : DisplayId;
    public bool IsSigma => Detection.Kind == DetectionKind.SigmaRule;
}

/// <summary>An Atomic test file (one or more tests) and its page.</summary>
public sealed record TestEntry(TestProcedure Test, string Url, string DisplayId)
{
    public string Title => Test.DisplayName?.Value is { Length: > 0 } t ? t : DisplayId;
}

/// <summary>An ATT&amp;CK detection strategy of the release, with its analytics, and its page.</summary>
public sealed record StrategyEntry(
    AttackDetectionStrategy Strategy, string Url, IReadOnlyList<AttackAnalytic> Analytics);

/// <summary>A data component and what on the site reads it.</summary>
public sealed record DataComponentEntry(AttackDataComponent Component, string Url)
{
    /// <summary>ATT&amp;CK analytics that name it, with their strategy.</summary>
    public List<(StrategyEntry Strategy, AttackAnalytic Analytic)> AttackAnalytics { get; } = [];
    /// <summary>Team detection notes' analytics that name it.</summary>
    public List<(DetectionEntry Detection, AnalyticSpec Analytic)> TeamAnalytics { get; } = [];
    /// <summary>Techniques with a page whose note or release data sources name it.</summary>
    public SortedSet<string> Techniques { get; } = new(StringComparer.Ordinal);
}
