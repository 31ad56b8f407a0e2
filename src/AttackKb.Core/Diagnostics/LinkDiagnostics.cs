namespace AttackKb.Core.Diagnostics;

/// <summary>AKB4xxx — links, wikilinks, citations and references.</summary>
public static class LinkDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.LinksCitations;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
