using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

public enum DetectionKind
{
    /// <summary>A SigmaHQ rule file, or a dialect-B "Detection Rule" note embedding one.</summary>
    SigmaRule,
    /// <summary>Our detection note: a detection strategy with analytics per platform (ATT&amp;CK v18 shape).</summary>
    DetectionNote,
}

/// <summary>
/// A detection the team keeps. Sigma fields keep their Sigma names; <see cref="Author"/> is always kept because the
/// Detection Rule License requires crediting it wherever the rule or its matches are shown.
/// </summary>
public sealed record Detection
{
    public required string Path { get; init; }
    public required SourceDialect Dialect { get; init; }
    public required DetectionKind Kind { get; init; }

    /// <summary>
    /// Sigma: the rule's UUID. Detection note: its own id (e.g. <c>DET-AKB-0001</c> or an ATT&amp;CK DET id it
    /// mirrors).
    /// </summary>
    public Located<string>? Id { get; init; }
    public Located<string>? Title { get; init; }
    public Located<string>? Status { get; init; }
    public Located<string>? Level { get; init; }
    public Located<string>? Description { get; init; }
    public Located<string>? Author { get; init; }
    public Located<string>? License { get; init; }
    public Located<string>? Date { get; init; }
    public Located<string>? Modified { get; init; }
    public IReadOnlyList<Located<string>> References { get; init; } = [];
    /// <summary>
    /// Tags exactly as written (<c>attack.t1553.004</c>, <c>attack.credential-access</c>, <c>car.…</c>, B's
    /// <c>t1553_004</c>).
    /// </summary>
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public IReadOnlyList<Located<string>> FalsePositives { get; init; } = [];
    public IReadOnlyList<RelatedRule> Related { get; init; } = [];
    public LogSource? LogSource { get; init; }

    /// <summary>
    /// Sigma: the <c>detection</c> block exactly as written (a slice of the file from the line after <c>detection:</c>,
    /// comments included), located at its first line. Detection notes keep their queries per analytic instead.
    /// Shown as code, never executed.
    /// </summary>
    public Located<string>? Logic { get; init; }
    /// <summary>
    /// Sigma: the whole rule text verbatim (what an indicator's <c>pattern</c> carries); for a dialect-B rule note, the
    /// embedded rule.
    /// </summary>
    public string? RuleText { get; init; }

    /// <summary>
    /// Techniques this detection maps to, canonical IDs, located where they are written (tag or list item).
    /// </summary>
    public IReadOnlyList<Located<string>> TechniqueIds { get; init; } = [];
    /// <summary>Detection notes: the analytics, one per platform.</summary>
    public IReadOnlyList<AnalyticSpec> Analytics { get; init; } = [];
    /// <summary>Detection notes: markdown sections (Description, Gaps, …).</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>
    /// Markdown detections (detection notes, dialect-B rules): headings and block ids links may point at.
    /// </summary>
    public Anchors Anchors { get; init; } = Anchors.None;
}

public sealed record LogSource(Located<string>? Product, Located<string>? Service, Located<string>? Category,
    Located<string>? Definition, SourceLocation Location);

public sealed record RelatedRule(Located<string> Id, Located<string>? Type);

/// <summary>
/// An analytic of a detection note: what to watch on one platform, through which data components and log sources.
/// </summary>
public sealed record AnalyticSpec
{
    public Located<string>? Id { get; init; }
    public required Located<string> Platform { get; init; }
    public string? Description { get; init; }
    /// <summary>Data components by DC id or name (resolved against the release by the linter).</summary>
    public IReadOnlyList<Located<string>> DataComponents { get; init; } = [];
    public IReadOnlyList<LogSourceRef> LogSources { get; init; } = [];
    public Located<string>? Query { get; init; }
    public string? QueryLanguage { get; init; }
    public required SourceLocation Location { get; init; }
}

/// <summary>
/// A log source an analytic reads: a name (<c>WinEventLog:Security</c>), a channel (<c>EventCode=4886</c>), its data
/// component.
/// </summary>
public sealed record LogSourceRef(Located<string> Name, Located<string>? Channel, Located<string>? DataComponent);
