using System.Text;
using AttackKb.Core.Ids;

namespace AttackKb.Notes.Fixing;

/// <summary>
/// Applies edits to files under a root: each edit must find its old text at its location (else it is skipped, so a
/// stale plan never corrupts a file), edits apply from the end of a file backwards, each file is written atomically,
/// unchanged files are not touched, and no path may leave the root.
/// </summary>
public static class FixApplier
{
    public static IReadOnlyList<TextEdit> Apply(string root, IReadOnlyList<TextEdit> edits)
    {
        string fullRoot = Path.GetFullPath(root);
        var applied = new List<TextEdit>();
        foreach (var file in edits.GroupBy(e => e.Location.Path, StringComparer.Ordinal))
        {
            string path = Path.GetFullPath(Path.Combine(fullRoot, file.Key));
            if (!path.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            string text = File.ReadAllText(path, new UTF8Encoding(false, true));
            bool bom = File.ReadAllBytes(path).AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            var lines = new Core.Text.LineMap(text);
            string updated = text;
            foreach (var edit in file.OrderByDescending(e => e.Location))
            {
                int offset = lines.LineStart(edit.Location.Line) + edit.Location.Column - 1;
                if (Resolve(updated, offset, edit) is not (int at, string old)) continue;
                if (old == edit.NewText) continue;
                updated = string.Concat(updated.AsSpan(0, at), edit.NewText, updated.AsSpan(at + old.Length));
                applied.Add(edit with { OldText = old });
            }
            if (updated == text) continue;
            string temp = path + ".attackkb-fix";
            File.WriteAllText(temp, updated, new UTF8Encoding(bom));
            File.Move(temp, path, overwrite: true);
        }
        return applied.OrderBy(e => e.Location).ToArray();
    }

    /// <summary>Where the old text stands: at the location, after an opening quote, or (links) later on the same line.</summary>
    private static (int, string)? Resolve(string text, int offset, TextEdit edit)
    {
        if (offset < 0 || offset >= text.Length) return null;
        if (edit.OldText.Length == 0) return TechniqueSpelling(text, offset);
        foreach (int at in new[] { offset, offset + 1 })
            if (at + edit.OldText.Length <= text.Length && string.CompareOrdinal(text, at, edit.OldText, 0, edit.OldText.Length) == 0)
                return (at, edit.OldText);
        int lineEnd = text.IndexOfAny(['\r', '\n'], offset);
        int found = text.IndexOf(edit.OldText, offset, (lineEnd < 0 ? text.Length : lineEnd) - offset, StringComparison.Ordinal);
        return found >= 0 ? (found, edit.OldText) : null;
    }

    /// <summary>The technique ID as written at the offset (T1587_003, t1587/003…), when it normalises to a canonical ID.</summary>
    private static (int, string)? TechniqueSpelling(string text, int offset)
    {
        int start = offset < text.Length && text[offset] is '\'' or '"' ? offset + 1 : offset;
        int end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '/')) end++;
        string written = text[start..end];
        return AttackId.NormalizeTechnique(written) is not null ? (start, written) : null;
    }
}
