using AttackKb.Core.Diagnostics;

namespace AttackKb.Site;

/// <summary>What the site generator can report (AKB71xx).</summary>
public sealed class SiteDiagnosticSource : IDiagnosticSource
{
    public static SiteDiagnosticSource Instance { get; } = new();

    public string Name => "site";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        .. SiteDiagnostics.All,
    ];
}
