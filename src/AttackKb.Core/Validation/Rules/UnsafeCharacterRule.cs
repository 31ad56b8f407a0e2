using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Invisible, control, bidi and look-alike characters in what identifies or names things: every front-matter key and
/// value, link targets in bodies, the IDs, names and URLs of Sigma rules, detection notes and Atomic tests, and file
/// paths.
/// IDs may hold no look-alike letter at all; names and URLs none mixed into a word of ASCII letters or digits.
/// </summary>
internal sealed class UnsafeCharacterRule : LintRule
{
    public override string Name => "unsafe-character";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        NoteDiagnostics.InvisibleCharacter,
        NoteDiagnostics.LookAlikeCharacter,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        foreach (var text in note.FrontMatterText) CheckFrontMatter(text, bag);
        // Dialect B and generic notes take the name from a heading: check it unless the front matter said it.
        foreach (var v in new[] { note.Name, note.Title })
            if (v is { } named && !note.FrontMatterText.Any(t => t.Location == named.Location))
                CheckName(named, bag);
        foreach (var link in note.Links) CheckName(new Located<string>(link.Target, link.Location), bag);
    }

    public override void CheckDetection(Detection d, LintContext context, DiagnosticBag bag)
    {
        CheckId(d.Id, bag);
        CheckName(d.Title, bag);
        CheckName(d.Author, bag);
        foreach (var v in d.Tags.Concat(d.TechniqueIds).Concat(d.Related.Select(r => r.Id))) CheckId(v, bag);
        foreach (var v in d.References) CheckName(v, bag);
        if (d.LogSource is { } ls) foreach (var v in new[] { ls.Product, ls.Service, ls.Category }) CheckName(v, bag);
        foreach (var a in d.Analytics)
        {
            CheckId(a.Id, bag);
            CheckName(a.Platform, bag);
            foreach (var v in a.DataComponents.Concat(a.LogSources.Select(l => l.Name))) CheckName(v, bag);
        }
        foreach (var link in d.Links) CheckName(new Located<string>(link.Target, link.Location), bag);
    }

    public override void CheckTest(TestProcedure t, LintContext context, DiagnosticBag bag)
    {
        foreach (var v in t.AllTechniqueIds.Concat(t.Tags)) CheckId(v, bag);
        CheckName(t.DisplayName, bag);
        foreach (var test in t.Tests)
        {
            CheckName(test.Name, bag);
            CheckId(test.Guid, bag);
            foreach (var p in test.Platforms) CheckName(p, bag);
        }
    }

    /// <summary>File and folder names: a look-alike or invisible character passes a path off as another.</summary>
    public override void CheckKnowledgeBase(LintContext context, DiagnosticBag bag)
    {
        foreach (string path in context.Kb.Files)
            if (UnsafeCharacters.FindInName(path) is { } found) Report(path, found, SourceLocation.File(path), bag);
    }

    /// <summary>
    /// Keys of credits and prose, not of IDs, names or URLs: there only bidi and control characters are reported.
    /// ATT&amp;CK itself writes a zero-width non-joiner into a contributor's handle ("@&lt;U+200C&gt;nosecurething",
    /// so it links to nobody); that is text, and it must round-trip.
    /// </summary>
    private static readonly HashSet<string> FreeTextKeys = new(StringComparer.Ordinal)
    {
        "contributors", "description", "detection_gap",
    };

    /// <summary>Every key and scalar of the front matter; a plain one-line scalar is located at the
    /// character. A value under a free-text key (at any depth) is checked for bidi and control characters only.
    /// </summary>
    private static void CheckFrontMatter(FrontMatterText text, DiagnosticBag bag)
    {
        bool freeText = !text.IsKey && text.KeyPath.Any(FreeTextKeys.Contains);
        if (UnsafeCharacters.FindInName(text.Value) is { } found
            && (!freeText || found.Kind is UnsafeKind.Bidi or UnsafeKind.Control))
        {
            var at = text.ColumnExact
                ? text.Location with { Column = text.Location.Column + found.Index }
                : text.Location;
            Report(text.Value, found, at, bag);
        }
    }

    private static void CheckId(Located<string>? value, DiagnosticBag bag)
    {
        if (value is { } v && UnsafeCharacters.FindInIdentifier(v.Value) is { } found)
            Report(v.Value, found, v.Location, bag);
    }

    private static void CheckName(Located<string>? value, DiagnosticBag bag)
    {
        if (value is { } v && UnsafeCharacters.FindInName(v.Value) is { } found)
            Report(v.Value, found, v.Location, bag);
    }

    private static void Report(string value, UnsafeCharacter found, SourceLocation at, DiagnosticBag bag)
    {
        var descriptor = found.Kind == UnsafeKind.LookAlike
            ? NoteDiagnostics.LookAlikeCharacter
            : NoteDiagnostics.InvisibleCharacter;
        string shown = value[..found.Index] + found.Escaped + value[(found.Index + 1)..];
        bag.Report(descriptor, at, shown, UnsafeCharacters.Describe(found.Kind), found.Escaped, found.Index + 1);
    }
}
