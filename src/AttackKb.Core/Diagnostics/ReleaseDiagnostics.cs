namespace AttackKb.Core.Diagnostics;

/// <summary>AKB8xxx — reading an ATT&CK release: official STIX bundle or compact catalog.</summary>
public static class ReleaseDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Release;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
