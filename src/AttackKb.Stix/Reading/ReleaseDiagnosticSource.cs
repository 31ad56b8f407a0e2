using AttackKb.Core.Diagnostics;

namespace AttackKb.Stix.Reading;

/// <summary>What reading an ATT&amp;CK release (bundle or catalog) can report (AKB8xxx).</summary>
public sealed class ReleaseDiagnosticSource : IDiagnosticSource
{
    public static ReleaseDiagnosticSource Instance { get; } = new();

    public string Name => "release";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        .. ReleaseDiagnostics.All,
    ];
}
