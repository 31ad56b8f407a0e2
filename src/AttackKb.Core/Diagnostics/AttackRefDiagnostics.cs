namespace AttackKb.Core.Diagnostics;

/// <summary>AKB3xxx — ATT&CK IDs, STIX ids, tactics, platforms, data sources and components against the pinned release.</summary>
public static class AttackRefDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.AttackRefs;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
