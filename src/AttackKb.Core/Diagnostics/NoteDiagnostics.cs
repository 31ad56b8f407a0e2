namespace AttackKb.Core.Diagnostics;

/// <summary>AKB2xxx — note fields and dialect binding (front matter keys, sections, identity as written).</summary>
public static class NoteDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.NoteSchema;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
