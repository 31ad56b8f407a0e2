using AttackKb.Core.Text;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Detections;

/// <summary>
/// The value of a mapping entry exactly as written in the file (comments, quoting and indentation kept), so a Sigma
/// <c>detection</c> block can be shown and exported without re-serialising it: YAML round trips lose comments and
/// may change quoting, which would make the rule differ from the one its author wrote.
/// </summary>
internal static class VerbatimValue
{
    /// <summary>
    /// A block value (on the lines after <c>key:</c>) runs from the line after the key through the last line indented
    /// deeper than the key; comment lines between them are kept, trailing ones that are not indented are not. A value
    /// on the key's own line (<c>detection: {…}</c>) starts there. Located at the slice's first character.
    /// Null when the key is absent. <paramref name="text"/>/<paramref name="lines"/> are the text the nodes'
    /// positions refer to (for a rule embedded in a note: the note).
    /// </summary>
    public static Located<string>? Of(YamlMapping map, string key, string text, LineMap lines)
    {
        YamlEntry? entry = null;
        foreach (var e in map.Entries)
            if (string.Equals(e.Key.Value, key, StringComparison.Ordinal)) { entry = e; break; }
        if (entry is null) return null;

        var keyAt = entry.Key.Location;
        var valueAt = entry.Value.Location;
        int keyIndent = keyAt.Column - 1;
        bool onKeyLine = valueAt.Line == keyAt.Line;
        int start, end, firstLine;
        SourceLocation at;
        if (onKeyLine)
        {
            start = Math.Min(text.Length, lines.LineStart(valueAt.Line) + valueAt.Column - 1);
            end = LineEnd(text, lines, keyAt.Line);
            firstLine = keyAt.Line + 1;
            at = valueAt;
        }
        else
        {
            if (keyAt.Line >= lines.LineCount) return new Located<string>("", keyAt);
            start = end = lines.LineStart(keyAt.Line + 1);
            firstLine = keyAt.Line + 1;
            at = new SourceLocation(keyAt.Path, firstLine, 1);
        }

        for (int line = firstLine; line <= lines.LineCount; line++)
        {
            int ls = lines.LineStart(line);
            int le = LineEnd(text, lines, line);
            if (text.AsSpan(ls, le - ls).IsWhiteSpace()) continue;
            int indent = 0;
            while (text[ls + indent] == ' ') indent++;
            bool comment = text[ls + indent] == '#';
            if (indent <= keyIndent && !comment) break;   // the next key, a document marker, a closing code fence
            if (indent > keyIndent) end = le;
        }
        return new Located<string>(text[start..Math.Max(start, end)], at);
    }

    /// <summary>Offset of the end of a line's content (before its line break).</summary>
    private static int LineEnd(string text, LineMap lines, int line)
    {
        int end = line < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
        if (end > 0 && text[end - 1] == '\n') end--;
        if (end > 0 && text[end - 1] == '\r') end--;
        return Math.Max(end, lines.LineStart(line));
    }
}
