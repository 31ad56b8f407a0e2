namespace AttackKb.Core.Diagnostics;

/// <summary>AKB5xxx — cross-file: duplicate IDs, identity agreement, detections and tests mapped to techniques.</summary>
public static class ConsistencyDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Consistency;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
