using AttackKb.Core.Diagnostics;

namespace AttackKb.Stix.Writing;

/// <summary>What the STIX export can report (AKB70xx).</summary>
public sealed class StixDiagnosticSource : IDiagnosticSource
{
    public static StixDiagnosticSource Instance { get; } = new();

    public string Name => "stix";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        .. StixDiagnostics.All,
    ];
}
