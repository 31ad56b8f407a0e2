using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Markdown;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// What every dialect's body yields once its section headings are known: sections, citations and links (each with
/// the section it is in), and references from a references section. Binders differ only in which headings are sections.
/// </summary>
internal static partial class NoteBody
{
    /// <summary>
    /// Sections cut at the headings <paramref name="isSection"/> accepts; each keeps its verbatim markdown.
    /// </summary>
    public static IReadOnlyList<Section> Sections(MarkdownFile md, Func<MdHeading, bool> isSection) =>
        md.Outline.Sections(isSection).Select(s => new Section(
            s.Heading.Text, s.Heading.Level, md.Document.Locate(s.Heading.Offset),
            md.Document.Text[s.Start..s.End], md.Document.Locate(s.Start))).ToArray();

    /// <summary>The section containing a document offset ("" before the first section).</summary>
    public static string SectionAt(MarkdownFile md, IReadOnlyList<Section> sections, int offset)
    {
        string name = "";
        foreach (var s in sections)
        {
            if (md.Document.Lines.LineStart(s.Location.Line) > offset) break;
            name = s.Name;
        }
        return name;
    }

    /// <summary>
    /// <c>(Citation: X)</c> occurrences in the sections' text (<see cref="MarkdownOutline.Citations"/>: the grammar
    /// the site renders, outside code and escapes), located at the opening parenthesis.
    /// </summary>
    public static IReadOnlyList<Citation> Citations(MarkdownFile md, IReadOnlyList<Section> sections)
    {
        var list = new List<Citation>();
        foreach (var s in sections)
        {
            int start = md.Document.Lines.LineStart(s.BodyLocation.Line) + s.BodyLocation.Column - 1;
            int end = start + s.Markdown.Length;
            foreach (var c in md.Outline.Citations)
                if (c.Index >= start && c.Index + c.Length <= end)
                    list.Add(new Citation(c.Name, s.Name, md.Document.Locate(c.Index)));
        }
        return list;
    }

    /// <summary>The headings and block ids of the file, for links that name one (<c>note.md#heading</c>).</summary>
    public static Anchors Anchors(MarkdownFile md) => new(
        md.Outline.Headings.Select(h => new Heading(h.Level, h.Text, md.Document.Locate(h.Offset))).ToArray(),
        md.Outline.BlockIds);

    /// <summary>
    /// Body syntax that silently changes what is published: a <c>(Citation: X</c> never closed (shown raw) and a
    /// code fence never closed (the rest of the file becomes code). Reported where they start; any markdown file.
    /// </summary>
    public static void ReportUnterminated(MarkdownFile md, DiagnosticBag bag)
    {
        foreach (var fence in md.Outline.Fences.Where(f => !f.Closed))
            bag.Report(LinkDiagnostics.FenceUnterminated, md.Document.Locate(fence.Offset), fence.Opening);
        foreach (var c in md.Outline.UnterminatedCitations)
            bag.Report(LinkDiagnostics.CitationUnterminated, md.Document.Locate(c.Index), c.Name);
    }

    public static IReadOnlyList<Link> Links(MarkdownFile md, IReadOnlyList<Section> sections) =>
        md.Outline.Links.Select(l =>
            new Link(l.Target, l.Text, l.Kind, SectionAt(md, sections, l.Offset), md.Document.Locate(l.Offset)))
                .ToArray();

    /// <summary>
    /// References from a list section: <c>- [source](url)</c>, optionally followed by <c>`external_id`</c> and
    /// <c>: description</c>; or <c>- source: description</c> without a URL (the canonical grammar; dialect A is its
    /// subset).
    /// </summary>
    public static IReadOnlyList<Reference> References(MarkdownFile md, Section? section, DiagnosticBag bag)
    {
        if (section is null) return [];
        var refs = new List<Reference>();
        string text = md.Document.Text;
        int sectionStart = md.Document.Lines.LineStart(section.BodyLocation.Line) + section.BodyLocation.Column - 1;
        ReportTextOutsideItems(md, section, sectionStart, bag);
        foreach (Match item in ListItem().Matches(section.Markdown))
        {
            int itemStart = sectionStart + item.Groups["item"].Index;
            int itemEnd = itemStart + item.Groups["item"].Length;
            var link = md.Outline.Links.FirstOrDefault(l => l.Offset == itemStart && l.Kind == LinkKind.Markdown);
            string rest;
            string name;
            string? url = null;
            if (link is not null)
            {
                name = link.Text;
                url = link.Target;
                rest = text[Math.Min(link.End, itemEnd)..itemEnd];
            }
            else
            {
                string raw = item.Groups["item"].Value;
                int colon = raw.IndexOf(": ", StringComparison.Ordinal);
                name = (colon < 0 ? raw : raw[..colon]).Trim();
                rest = colon < 0 ? "" : raw[colon..];
            }
            var tail = Tail().Match(rest);
            string? externalId = tail.Groups["id"].Success ? tail.Groups["id"].Value : null;
            string? description =
                tail.Groups["desc"].Success
                    && tail.Groups["desc"].Value.Trim().Length > 0 ? tail.Groups["desc"].Value.Trim() : null;
            if (name.Length > 0) refs.Add(
                new Reference(name, url, description, md.Document.Locate(itemStart), externalId));
        }
        return refs;
    }

    /// <summary>
    /// References are read a line at a time: text on a line that is no list item (a paragraph, the second line of a
    /// wrapped item) would be dropped without a word, so each run of such lines is reported once, at its first line.
    /// HTML comments are left alone: they are meant to show nowhere. Lines are the document's (its line map), so they
    /// break where the list-item pattern and the locations do.
    /// </summary>
    private static void ReportTextOutsideItems(MarkdownFile md, Section section, int sectionStart, DiagnosticBag bag)
    {
        var lines = md.Document.Lines;
        string text = md.Document.Text;
        int sectionEnd = sectionStart + section.Markdown.Length;
        bool inRun = false;
        for (int n = section.BodyLocation.Line; n <= lines.LineCount; n++)
        {
            int start = Math.Max(lines.LineStart(n), sectionStart);
            if (start >= sectionEnd) break;
            int end = n < lines.LineCount ? Math.Min(lines.LineStart(n + 1), sectionEnd) : sectionEnd;
            var line = text.AsSpan(start, end - start).TrimEnd("\r\n");
            var trimmed = line.Trim();
            bool outside = trimmed.Length > 0 && !ListItem().IsMatch(line)
                && !trimmed.StartsWith("<!--", StringComparison.Ordinal);
            if (outside && !inRun)
                bag.Report(NoteDiagnostics.TextOutsideReferences,
                    md.Document.Locate(start + line.Length - line.TrimStart().Length), section.Name);
            inRun = outside;
        }
    }

    [GeneratedRegex(@"^[ \t]*[-*+][ \t]+(?<item>[^\r\n]+?)[ \t]*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(?:`(?<id>[^`]+)`)?\s*(?::\s*(?<desc>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Tail();
}
