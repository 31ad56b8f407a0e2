namespace AttackKb.Core.Diagnostics;

/// <summary>AKB72xx–AKB73xx — import of ATT&CK bundles into notes (72xx) and diff (73xx).</summary>
public static class ImportDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
