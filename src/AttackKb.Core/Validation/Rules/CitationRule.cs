using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Every (Citation: X) resolves (an error: the published text would cite nothing) — against the note's External
/// References (dialect A, canonical) or, for dialect B which has none, against the release's references of the
/// technique — and every reference is cited (info).
/// </summary>
internal sealed class CitationRule : LintRule
{
    public override string Name => "citation";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        LinkDiagnostics.CitationUnresolved,
        LinkDiagnostics.ReferenceNeverCited,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (note.Dialect == SourceDialect.Generic) return;
        bool fromRelease = note.Dialect == SourceDialect.DialectB;
        IEnumerable<string> names = fromRelease
            ? note.AttackId is { } id
                && context.Release?.Technique(id.Value) is { } t ? t.References.Select(r => r.SourceName) : []
            : note.References.Select(r => r.SourceName);
        var known = new HashSet<string>(names.Select(n => n.Trim()), StringComparer.Ordinal);
        if (fromRelease && context.Release is null) return;

        foreach (var c in note.Citations.Where(c => !known.Contains(c.SourceName.Trim())))
            bag.Report(LinkDiagnostics.CitationUnresolved, c.Location, c.SourceName,
                fromRelease ? $"reference of {note.AttackId?.Value} in {context.ReleaseName}"
                    : "entry of the note's External References");

        if (fromRelease) return;
        var cited = new HashSet<string>(note.Citations.Select(c => c.SourceName.Trim()), StringComparer.Ordinal);
        foreach (
            var r in note.References.Where(r => r.SourceName != "mitre-attack" && !cited.Contains(r.SourceName.Trim())))
            bag.Report(LinkDiagnostics.ReferenceNeverCited, r.Location, r.SourceName);
    }
}
