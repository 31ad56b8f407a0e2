using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Dates that exist (<c>2021-13-45</c> does not), a modification date not before the creation date, and a note
/// version that is a number. Keys are named as the dialect writes them (dialect B: <c>last_modified</c>;
/// Sigma: <c>date</c>).
/// </summary>
internal sealed class DateAndVersionRule : LintRule
{
    public override string Name => "date-and-version";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        NoteDiagnostics.DatesOutOfOrder,
        NoteDiagnostics.InvalidDate,
        NoteDiagnostics.VersionNotNumeric,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        string modifiedKey = note.Dialect == SourceDialect.DialectB ? "last_modified" : "modified";
        CheckDates(note.Created, "created", note.Modified, modifiedKey, bag);
        if (note.Version is { } v && !IsVersion(v.Value))
            bag.Report(NoteDiagnostics.VersionNotNumeric, v.Location, v.Value);
    }

    public override void CheckDetection(Detection d, LintContext context, DiagnosticBag bag)
    {
        var (created, modified) = d.Dialect switch
        {
            SourceDialect.Sigma => ("date", "modified"),
            SourceDialect.DialectBRule => ("created", "last_modified"),
            _ => ("created", "modified"),
        };
        CheckDates(d.Date, created, d.Modified, modified, bag);
    }

    private static void CheckDates(Located<string>? created, string createdKey,
        Located<string>? modified, string modifiedKey, DiagnosticBag bag)
    {
        var c = Parse(created, createdKey, bag);
        var m = Parse(modified, modifiedKey, bag);
        if (c is { } from && m is { } to && to < from)
            bag.Report(NoteDiagnostics.DatesOutOfOrder, modified!.Value.Location,
                modifiedKey, modified.Value.Value, createdKey, created!.Value.Value);
    }

    private static DateTime? Parse(Located<string>? value, string key, DiagnosticBag bag)
    {
        if (value is not { } v || v.Value.Trim().Length == 0) return null;
        var parsed = KbDate.Parse(v.Value);
        if (parsed is null) bag.Report(NoteDiagnostics.InvalidDate, v.Location, v.Value, key);
        return parsed;
    }

    /// <summary>MAJOR.MINOR (more parts allowed), digits only: <c>1.2</c>, <c>2.10</c>.</summary>
    private static bool IsVersion(string value)
    {
        var parts = value.Trim().Split('.');
        return parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
