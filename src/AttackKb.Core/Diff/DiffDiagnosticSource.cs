using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Diff;

/// <summary>What a diff can report about its sides (AKB7301).</summary>
public sealed class DiffDiagnosticSource : IDiagnosticSource
{
    public static DiffDiagnosticSource Instance { get; } = new();

    public string Name => "diff";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ImportDiagnostics.DiffDuplicateNote,
    ];
}
