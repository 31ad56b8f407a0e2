namespace AttackKb.Core.Diagnostics;

/// <summary>AKB7xxx — STIX export (AKB70xx), site (AKB71xx), import (AKB72xx), diff (AKB73xx).</summary>
public static class OutputDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
