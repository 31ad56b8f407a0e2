using AttackKb.Core.Diagnostics;

namespace AttackKb.Notes.Fixing;

/// <summary>What `lint --fix` can report when it cannot write a fix (AKB7210).</summary>
public sealed class FixDiagnosticSource : IDiagnosticSource
{
    public static FixDiagnosticSource Instance { get; } = new();

    public string Name => "fix";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ImportDiagnostics.FixNotWritten,
    ];
}
