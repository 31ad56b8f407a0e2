using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// Atomic Red Team tests for one technique (an ART YAML file, or a dialect-B runbook note). Commands are data:
/// never executed, always escaped when shown.
/// </summary>
public sealed record TestProcedure
{
    public required string Path { get; init; }
    public required SourceDialect Dialect { get; init; }
    public Located<string>? TechniqueId { get; init; }
    /// <summary>
    /// Every technique the source names, <see cref="TechniqueId"/> first (an ART <c>attack_technique</c> may be a
    /// list). Empty means "just <see cref="TechniqueId"/>"; use <see cref="AllTechniqueIds"/> to read either.
    /// </summary>
    public IReadOnlyList<Located<string>> TechniqueIds { get; init; } = [];
    public Located<string>? DisplayName { get; init; }
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public IReadOnlyList<AtomicTest> Tests { get; init; } = [];

    public IReadOnlyList<Located<string>> AllTechniqueIds =>
        TechniqueIds.Count > 0 ? TechniqueIds : TechniqueId is { } t ? [t] : [];
}

public sealed record AtomicTest
{
    public required Located<string> Name { get; init; }
    public Located<string>? Guid { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<Located<string>> Platforms { get; init; } = [];
    public Located<string>? Executor { get; init; }
    public string? Command { get; init; }
    public string? CleanupCommand { get; init; }
    public bool ElevationRequired { get; init; }
    public required SourceLocation Location { get; init; }
}
