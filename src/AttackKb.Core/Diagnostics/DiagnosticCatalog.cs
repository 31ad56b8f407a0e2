namespace AttackKb.Core.Diagnostics;

/// <summary>
/// Every diagnostic the tool can report, one stage class per code range. `attackkb rules`, SARIF's
/// tool.driver.rules and the site's rules page all read this list; a test checks codes are unique and well-formed.
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> _all = new(() =>
        InputDiagnostics.All
            .Concat(NoteDiagnostics.All)
            .Concat(AttackRefDiagnostics.All)
            .Concat(LinkDiagnostics.All)
            .Concat(ConsistencyDiagnostics.All)
            .Concat(DetectionDiagnostics.All)
            .Concat(DetectionRuleDiagnostics.All)
            .Concat(StixDiagnostics.All)
            .Concat(SiteDiagnostics.All)
            .Concat(ImportDiagnostics.All)
            .Concat(ReleaseDiagnostics.All)
            .Concat(ToolDiagnostics.All)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray());

    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticDescriptor>> _byId =
        new(() => All.ToDictionary(d => d.Id, StringComparer.Ordinal));

    public static IReadOnlyList<DiagnosticDescriptor> All => _all.Value;

    public static DiagnosticDescriptor? Find(string id) => _byId.Value.GetValueOrDefault(id);
}
