using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Front-matter keys a dialect does not know (AKB2003), with the known key the writer probably meant: a typo
/// (<c>mitre_atack_url</c>), another case (<c>Name</c>) or another separator (<c>data-sources</c>).
/// </summary>
internal static class UnknownKeys
{
    public static void Report(YamlMapping fm, IReadOnlySet<string> known, string dialect, DiagnosticBag bag)
    {
        foreach (var e in fm.Entries)
        {
            if (known.Contains(e.Key.Value)) continue;
            string hint = NearestName.Closest(e.Key.Value, known) is { } k ? $" (did you mean '{k}'?)" : "";
            bag.Report(NoteDiagnostics.UnknownKey, e.Key.Location, e.Key.Value, dialect, hint);
        }
    }
}
