using AttackKb.Core.Diagnostics;

namespace AttackKb.Notes.Reading;

/// <summary>
/// The parts of a markdown file: YAML front matter (between a first line <c>---</c> and the next <c>---</c> or
/// <c>...</c> line) and the body after it. Offsets index <see cref="SourceDocument.Text"/>.
/// </summary>
public sealed record MarkdownParts(string? Yaml, int YamlOffset, int YamlLine, string Body, int BodyOffset)
{
    public bool HasFrontMatter => Yaml is not null;
}

public static class FrontMatter
{
    /// <summary>
    /// Splits a document; unclosed or misplaced front matter is reported and the whole text is read as body.
    /// </summary>
    public static MarkdownParts Split(SourceDocument doc, DiagnosticBag bag)
    {
        string text = doc.Text;
        if (!IsFenceLine(text, 0, out int afterOpen))
        {
            ReportMisplaced(doc, bag);
            return new MarkdownParts(null, 0, 0, text, 0);
        }
        int pos = afterOpen;
        while (pos < text.Length)
        {
            int lineEnd = LineEnd(text, pos, out int next);
            var line = text.AsSpan(pos, lineEnd - pos).TrimEnd(" \t");
            if (line is "---" or "...")
            {
                if (line is "...") ReportKeysAfterDocumentEnd(doc, pos, next, bag);
                return new MarkdownParts(text[afterOpen..pos], afterOpen, 2, text[next..], next);
            }
            pos = next;
        }
        bag.Report(InputDiagnostics.FrontMatterUnclosed, doc.Locate(0));
        return new MarkdownParts(null, 0, 0, text, 0);
    }

    /// <summary>A '---' line (trailing blanks allowed) starting at <paramref name="start"/>.</summary>
    private static bool IsFenceLine(string text, int start, out int next)
    {
        int end = LineEnd(text, start, out next);
        return text.AsSpan(start, end - start).TrimEnd(" \t") is "---" && end < text.Length;
    }

    private static int LineEnd(string text, int start, out int next)
    {
        int i = text.IndexOfAny(['\r', '\n'], start);
        if (i < 0) { next = text.Length; return text.Length; }
        next = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        return i;
    }

    /// <summary>
    /// "Text before front matter": the file does not start with '---' but a '---' line within its first lines is
    /// followed by a 'key: value' line and closed again — almost surely front matter pushed down by mistake.
    /// </summary>
    private static void ReportMisplaced(SourceDocument doc, DiagnosticBag bag)
    {
        string text = doc.Text;
        int pos = 0;
        for (int lineNo = 0; lineNo < 5 && pos < text.Length; lineNo++)
        {
            int end = LineEnd(text, pos, out int next);
            if (text.AsSpan(pos, end - pos).TrimEnd(" \t") is "---" && next < text.Length)
            {
                int keyEnd = LineEnd(text, next, out int afterKey);
                var keyLine = text.AsSpan(next, keyEnd - next);
                if (LooksLikeKey(keyLine) && text.IndexOf("\n---", afterKey, StringComparison.Ordinal) >= 0)
                    bag.Report(InputDiagnostics.TextBeforeFrontMatter, doc.Locate(pos));
                return;
            }
            pos = next;
        }
    }

    /// <summary>
    /// <c>...</c> ends a YAML document, so it closes front matter; when 'key: value' lines and a <c>---</c> line
    /// follow it, the writer meant one block with two YAML documents in it. Those keys would silently become body
    /// text, so the second document is reported at the <c>...</c> line.
    /// </summary>
    private static void ReportKeysAfterDocumentEnd(SourceDocument doc, int endLine, int pos, DiagnosticBag bag)
    {
        string text = doc.Text;
        bool sawKey = false;
        while (pos < text.Length)
        {
            int end = LineEnd(text, pos, out int next);
            var line = text.AsSpan(pos, end - pos).TrimEnd(" \t");
            if (line is "---")
            {
                if (sawKey) bag.Report(InputDiagnostics.SecondDocument, doc.Locate(endLine),
                    "'...' ends the front matter here, but YAML keys follow it up to a '---' line");
                return;
            }
            if (LooksLikeKey(line)) sawKey = true;
            else if (!line.IsWhiteSpace() && !line.TrimStart().StartsWith("- ") && !line.TrimStart().StartsWith("#"))
                return;
            pos = next;
        }
    }

    private static bool LooksLikeKey(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        return colon > 0 && (colon == line.Length - 1 || line[colon + 1] == ' ')
            && line[..colon].IndexOfAny(" \t#>|[") < 0;
    }
}
