using AttackKb.Core.Attack;

namespace AttackKb.Notes.Import;

/// <summary>Which techniques to import: all, a list of IDs, or the techniques of one tactic.</summary>
public abstract record ImportSelection
{
    public sealed record All : ImportSelection;
    /// <summary>IDs in any accepted spelling (<c>T1553.004</c>, <c>t1553/004</c>).</summary>
    public sealed record Only(IReadOnlyList<string> Ids) : ImportSelection;
    /// <summary>A tactic by short name (<c>defense-evasion</c>) or display name.</summary>
    public sealed record Tactic(string Name) : ImportSelection;
}

/// <summary>One run of <c>attackkb import</c>.</summary>
public sealed record ImportRequest
{
    public required AttackRelease Release { get; init; }
    /// <summary>Where notes go (<c>--to</c>); nothing is ever written outside it.</summary>
    public required string TargetFolder { get; init; }
    public required ImportSelection Selection { get; init; }
    /// <summary>
    /// The knowledge base searched for existing notes; null: the nearest folder at or above the target with
    /// attackkb.json, else the target.
    /// </summary>
    public string? KnowledgeBaseRoot { get; init; }
    public bool WithDetections { get; init; }
    /// <summary>Overwrite notes the team edited (never notes in another dialect: those stay duplicates).</summary>
    public bool Force { get; init; }
    /// <summary>Path of the release file, as named in diagnostics about upstream objects.</summary>
    public string ReleaseLabel { get; init; } = "release";
    /// <summary>Progress lines for long imports (stderr in the CLI); null for none.</summary>
    public TextWriter? Progress { get; init; }
}
