namespace AttackKb.Core.Diagnostics;

/// <summary>AKB9xxx — the tool itself: rule failures and configuration.</summary>
public static class ToolDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Tool;

    public static readonly DiagnosticDescriptor RuleFailed = new("AKB9001", "Lint rule failed", Severity.Error, C,
        "internal error in lint rule {0} ({1}); please report it. The other rules still ran",
        "A bug in attackkb, not in the knowledge base; the run exits with code 3.");
    public static readonly DiagnosticDescriptor NoRelease = new(
        "AKB9002", "No ATT&CK release pinned", Severity.Warning, C,
        "no ATT&CK release is pinned ('attack' in attackkb.json) and none was given with --attack; ATT&CK checks are "
            + "skipped",
        "Pin a release so IDs, tactics, platforms and data components can be checked.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [RuleFailed, NoRelease];
}
