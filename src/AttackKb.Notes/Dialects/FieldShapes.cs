using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Reads front matter values of an expected shape; a value of another shape is reported (AKB2002) and ignored.
/// </summary>
internal static class FieldShapes
{
    /// <summary>
    /// A list of strings (a single scalar counts as a one-item list). <paramref name="wrongShape"/> is the stage's
    /// descriptor (args: key, expected, actual); notes use AKB2002, detections their AKB6xxx one.
    /// </summary>
    public static IReadOnlyList<Located<string>> Strings(YamlMapping fm, string key, DiagnosticBag bag,
        DiagnosticDescriptor? wrongShape = null)
    {
        var descriptor = wrongShape ?? NoteDiagnostics.WrongShape;
        switch (fm[key])
        {
            case null: return [];
            case YamlScalar s: return NotEmpty(s, $"'{key}'", bag) ? [s.AsLocated()] : [];
            case YamlSequence seq:
                foreach (var bad in seq.Items.Where(i => i is not YamlScalar))
                    bag.Report(descriptor, bad.Location, key, "a list of strings", ShapeName(bad));
                return seq.Items.OfType<YamlScalar>().Where(s => NotEmpty(s, $"an item of '{key}'", bag))
                    .Select(s => s.AsLocated()).ToArray();
            case var other:
                bag.Report(descriptor, other.Location, key, "a list of strings", ShapeName(other));
                return [];
        }
    }

    /// <summary>A single string.</summary>
    public static Located<string>? String(YamlMapping fm, string key, DiagnosticBag bag,
        DiagnosticDescriptor? wrongShape = null)
    {
        switch (fm[key])
        {
            case null: return null;
            case YamlScalar s: return NotEmpty(s, $"'{key}'", bag) ? s.AsLocated() : null;
            case var other:
                bag.Report(wrongShape ?? NoteDiagnostics.WrongShape, other.Location, key, "a string", ShapeName(other));
                return null;
        }
    }

    /// <summary>
    /// False (reported, AKB2006) for YAML's null: an empty value, <c>~</c> or <c>null</c>. <paramref name="what"/>
    /// names the value in the message (<c>'tactics'</c>, <c>an item of 'tactics'</c>).
    /// </summary>
    public static bool NotEmpty(YamlScalar s, string what, DiagnosticBag bag)
    {
        if (!s.IsNull) return true;
        bag.Report(NoteDiagnostics.EmptyValue, s.Location, what,
            s.Value.Length == 0 ? "nothing written" : $"'{s.Value}'");
        return false;
    }

    public static string ShapeName(YamlNode node) => node switch
    {
        YamlMapping => "mapping",
        YamlSequence => "list",
        _ => "string",
    };
}

/// <summary>Reports required front matter keys a dialect needs (AKB2001), located at the front matter.</summary>
internal static class RequiredKeys
{
    public static void Check(MarkdownFile md, SourceDialect dialect, DiagnosticBag bag, params string[] keys)
    {
        if (md.FrontMatter is not { } fm) return;
        foreach (string key in keys)
            if (fm[key] is null) bag.Report(NoteDiagnostics.MissingKey, fm.Location, key, dialect.ToName());
    }

    /// <summary>
    /// Front matter written but empty (<c>---</c> then <c>---</c>, or only comments): the dialect cannot be sniffed
    /// from keys, so it is told from the body (dialect A's Technical Details table, dialect B's Detection Rule
    /// section, else canonical) and that dialect's required keys are reported missing at the opening line.
    /// </summary>
    public static void CheckEmptyFrontMatter(MarkdownFile md, DiagnosticBag bag)
    {
        if (md.Parts.Yaml is not { } yaml || md.FrontMatter is not null || !IsBlankOrComments(yaml)) return;
        var headings = md.Outline.Headings;
        bool dialectA = headings.Any(h => h.Level == 2 && h.Text == "Technical Details");
        bool dialectB = headings.Any(h => h.Level == 3 && h.Text is "Detection Rule" or "Rule Testing");
        var (dialect, keys) =
            dialectA ? (SourceDialect.DialectA, new[] { "id", "mitre_attack_url" })
            : dialectB ? (SourceDialect.DialectB, ["url"])
            : (SourceDialect.Canonical, ["mitre_attack_url"]);
        foreach (string key in keys)
            bag.Report(NoteDiagnostics.MissingKey, md.Document.Locate(0), key, dialect.ToName());
    }

    private static bool IsBlankOrComments(string yaml) =>
        yaml.Split('\n').All(l => l.Trim() is "" or "~" or "null" || l.TrimStart().StartsWith('#'));
}
