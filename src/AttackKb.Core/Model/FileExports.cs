using System.Text;
using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// What lint's per-file checks may read of a file other than their own (through LintContext): whether a note claims
/// an ATT&amp;CK ID (<see cref="KnowledgeBase.NotesFor"/>: known techniques, attack.mitre.org links), a file's
/// headings and block ids (link fragments), a detection's id (a note's <c>detections:</c> entries) and the tags of
/// detections and tests (dialect-B queries). The file list itself is compared whole (<see cref="KbChange"/>). While
/// no changed file changes any of these, what was found in the other files stands. A rule that comes to read more of
/// other files must add it here; the incremental-equals-full tests' edits rename headings, change detection ids and
/// tags, add and remove notes (and with them ATT&amp;CK IDs).
/// </summary>
internal static class FileExports
{
    /// <summary>
    /// True when the files that went (<paramref name="before"/>) and came (<paramref name="after"/>) export the
    /// same, path by path.
    /// </summary>
    public static bool Same(
        IReadOnlyList<(object Model, string Path)> before, IReadOnlyList<(object Model, string Path)> after)
    {
        var paths = before.Select(f => f.Path).Concat(after.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        return paths.All(path => Of(before, path) == Of(after, path));
    }

    private static string Of(IReadOnlyList<(object Model, string Path)> files, string path)
    {
        var text = new StringBuilder();
        foreach (var (model, _) in files.Where(f => f.Path == path))
        {
            switch (model)
            {
                case Note n:
                    text.Append("note\0").Append(Value(n.AttackId)).Append('\0');
                    Append(text, n.Anchors);
                    break;
                case Detection d:
                    text.Append("detection\0").Append(Value(d.Id)).Append('\0');
                    Append(text, d.Anchors);
                    foreach (var tag in d.Tags) text.Append(tag.Value).Append('\0');
                    break;
                case TestProcedure t:
                    text.Append("test\0");
                    foreach (var tag in t.Tags) text.Append(tag.Value).Append('\0');
                    break;
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Value(Located<string>? value) => value is { } v ? "=" + v.Value : "none";

    private static void Append(StringBuilder text, Anchors anchors)
    {
        foreach (var h in anchors.Headings) text.Append(h.Text).Append('\0');
        text.Append('\x1');
        foreach (string id in anchors.BlockIds) text.Append(id).Append('\0');
        text.Append('\x1');
    }
}
