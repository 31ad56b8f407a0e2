namespace AttackKb.Core.Diagnostics;

/// <summary>AKB71xx — static site and Navigator layer.</summary>
public static class SiteDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
