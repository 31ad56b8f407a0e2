using System.Globalization;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Cli.Common;

/// <summary>
/// "Never silent": every command that reads the KB names, on stderr, each file it could not read or left out — with
/// the diagnostics that say why — and ends with one summary line. A file that vanished without a word would let a CI
/// gate pass on a KB it never saw, so a left-out file makes the command exit 1.
/// </summary>
internal static class ReadSummary
{
    /// <summary>
    /// Writes the files <paramref name="kb"/> could not read, then
    /// <c>attackkb: 39 files: 36 read, 1 left out, 2 not exported, 1 ignored</c>.
    /// </summary>
    /// <param name="notPublished">
    /// Files the back end left out although they were read (STIX export of a note with errors), with a word for why
    /// ("not exported"); their own diagnostics are the back end's and are printed by the command.
    /// </param>
    /// <returns>True when any file was left out: the caller exits 1.</returns>
    public static bool Write(
        TextWriter err, KnowledgeBase kb, (string Word, IReadOnlyCollection<string> Paths)? notPublished = null)
    {
        var leftOut = new HashSet<string>(kb.LeftOut, StringComparer.Ordinal);
        foreach (var d in kb.Diagnostics)
            if (d.Location is { } loc && leftOut.Contains(loc.Path) && d.Severity == Severity.Error) err.WriteLine(d);

        var extra = notPublished?.Paths.Where(p => !leftOut.Contains(p)).Distinct(StringComparer.Ordinal).Count() ?? 0;
        int read = kb.Files.Count - kb.LeftOut.Count - kb.Ignored.Count;
        var parts = new List<string> { $"{read} read" };
        if (kb.LeftOut.Count > 0) parts.Add($"{kb.LeftOut.Count} left out");
        if (extra > 0) parts.Add($"{extra} {notPublished!.Value.Word}");
        if (kb.Ignored.Count > 0) parts.Add($"{kb.Ignored.Count} ignored (not a note, rule or test)");
        err.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"attackkb: {Plural(kb.Files.Count, "file")}: {string.Join(", ", parts)}"));
        return kb.LeftOut.Count > 0 || extra > 0;
    }

    private static string Plural(int n, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? "" : "s")}");
}
