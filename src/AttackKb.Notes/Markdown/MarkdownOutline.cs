using System.Text.RegularExpressions;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttackKb.Notes.Markdown;

/// <summary>
/// An ATX/setext heading: level, plain text, offset of its line and of the text after it (document offsets).
/// </summary>
public sealed record MdHeading(int Level, string Text, int Offset, int ContentOffset);

/// <summary>
/// A fenced code block: info string (<c>dataview</c>, <c>query</c>, <c>yml</c>), content, offsets; its opening fence
/// as written (<c>```yaml</c>) and whether a closing fence ends it (else it runs to the end of the file).
/// </summary>
public sealed record MdFence(string Info, string Content, int Offset, int ContentOffset, string Opening =
    "", bool Closed = true);

/// <summary>
/// A link found by the CommonMark parser (balanced parentheses in URLs work) or a wikilink outside code; offsets
/// [Offset, End). A wikilink's target keeps its heading or block part (<c>Note#Heading</c>, <c>#^block</c>).
/// </summary>
public sealed record MdLink(string Target, string Text, LinkKind Kind, int Offset, int End);

/// <summary>
/// What binders need from a markdown body, parsed once with one frozen Markdig pipeline: headings, fenced blocks and
/// links, all with offsets into the whole document (the body starts at <c>bodyOffset</c>). Code is never scanned for
/// headings or links.
/// </summary>
public sealed partial class MarkdownOutline
{
    // Frozen and shared, as Markdig intends: building a pipeline per file would cost more than parsing.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .Build();

    private MarkdownOutline(string body, int bodyOffset, MarkdownDocument ast)
    {
        Body = body;
        BodyOffset = bodyOffset;
        Ast = ast;
        var headings = new List<MdHeading>();
        var fences = new List<MdFence>();
        var links = new List<MdLink>();
        var codeRanges = _codeRanges;
        foreach (var block in ast.Descendants())
        {
            switch (block)
            {
                case HeadingBlock h:
                    int lineEnd = body.IndexOfAny(['\r', '\n'], Math.Min(h.Span.End, body.Length - 1));
                    int content =
                        lineEnd < 0 ? body.Length : lineEnd
                            + (body[lineEnd] == '\r' && lineEnd + 1 < body.Length && body[lineEnd + 1] == '\n' ? 2 : 1);
                    headings.Add(
                        new MdHeading(h.Level, InlineText(h.Inline), bodyOffset + h.Span.Start, bodyOffset
                            + Math.Min(content, body.Length)));
                    break;
                case FencedCodeBlock f:
                    string code = f.Lines.ToString();
                    int contentStart = f.Lines.Count > 0 ? f.Lines.Lines[0].Slice.Start : f.Span.Start;
                    string opening = new string(f.FencedChar, f.OpeningFencedCharCount) + (f.Info ?? "");
                    fences.Add(new MdFence(f.Info ?? "", code, bodyOffset + f.Span.Start, bodyOffset + contentStart,
                        opening, f.ClosingFencedCharCount > 0));
                    codeRanges.Add((f.Span.Start, f.Span.End + 1));
                    break;
                case CodeBlock c:
                    codeRanges.Add((c.Span.Start, c.Span.End + 1));
                    break;
                case LinkInline l when l.Url is not null:
                    links.Add(
                        new MdLink(l.Url, InlineText(l, trim: false), l.IsImage ? LinkKind.Image : LinkKind.Markdown,
                            bodyOffset + l.Span.Start, bodyOffset + l.Span.End + 1));
                    break;
                case AutolinkInline a:
                    links.Add(
                        new MdLink(a.Url, a.Url, LinkKind.Autolink, bodyOffset + a.Span.Start, bodyOffset + a.Span.End
                            + 1));
                    break;
                case CodeInline ci:
                    codeRanges.Add((ci.Span.Start, ci.Span.End + 1));
                    break;
            }
        }
        foreach (var w in WikilinkSyntax.Find(body))
        {
            if (IsCodeInBody(w.Index)) continue;
            string target = w.Target.Trim() + w.Anchor.TrimEnd();
            links.Add(new MdLink(target, w.Alias ?? target, LinkKind.Wikilink,
                bodyOffset + w.Index, bodyOffset + w.Index + w.Length));
        }
        links.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        Headings = headings;
        Fences = fences;
        Links = links;
        BlockIds =
            BlockId().Matches(body).Where(m => !IsCodeInBody(m.Index)).Select(m => m.Groups["id"].Value).ToArray();
        var citations = CitationSyntax.Find(body).Where(c => !IsCodeInBody(c.Index) && !IsEscaped(body, c.Index))
            .Select(c => c with { Index = bodyOffset + c.Index }).ToArray();
        Citations = citations.Where(c => c.Terminated).ToArray();
        UnterminatedCitations = citations.Where(c => !c.Terminated).ToArray();
    }

    private readonly List<(int Start, int End)> _codeRanges = [];

    public string Body { get; }
    public int BodyOffset { get; }
    public MarkdownDocument Ast { get; }
    public IReadOnlyList<MdHeading> Headings { get; }
    public IReadOnlyList<MdFence> Fences { get; }
    public IReadOnlyList<MdLink> Links { get; }
    /// <summary>
    /// Obsidian block ids (<c>^block</c> ending a line outside code), the targets of <c>[[Note#^block]]</c>.
    /// </summary>
    public IReadOnlyList<string> BlockIds { get; }
    /// <summary>
    /// <c>(Citation: X)</c> as the site links them: outside code and not escaped (<c>\(Citation: X)</c> is text);
    /// Index is a document offset.
    /// </summary>
    public IReadOnlyList<CitationMatch> Citations { get; }

    /// <summary>
    /// <c>(Citation: X</c> without its <c>)</c>, outside code and escapes; Index is a document offset.
    /// </summary>
    public IReadOnlyList<CitationMatch> UnterminatedCitations { get; }

    /// <summary>
    /// True when a document offset lies in a code span or code block (code is never a link or a citation).
    /// </summary>
    public bool IsCode(int documentOffset) => IsCodeInBody(documentOffset - BodyOffset);

    private bool IsCodeInBody(int offset) => _codeRanges.Exists(r => offset >= r.Start && offset < r.End);

    /// <summary>True when an odd number of backslashes stands before the offset: markdown reads it as text.</summary>
    private static bool IsEscaped(string body, int offset)
    {
        int backslashes = 0;
        while (offset - backslashes > 0 && body[offset - backslashes - 1] == '\\') backslashes++;
        return backslashes % 2 == 1;
    }

    public static MarkdownOutline Parse(string body, int bodyOffset) =>
        new(body, bodyOffset, Markdig.Markdown.Parse(body, Pipeline));

    /// <summary>
    /// Splits the body at the headings <paramref name="isSection"/> accepts (a dialect's known section names at its
    /// level). Inner headings that are not sections stay inside the section text, as DIALECTS.md requires for
    /// descriptions with their own <c>###</c> headings.
    /// </summary>
    public IReadOnlyList<(MdHeading Heading, int Start, int End)> Sections(Func<MdHeading, bool> isSection)
    {
        var cuts = Headings.Where(isSection).ToList();
        var result = new List<(MdHeading, int, int)>(cuts.Count);
        for (int i = 0; i < cuts.Count; i++)
        {
            int start = cuts[i].ContentOffset;
            int end = i + 1 < cuts.Count ? cuts[i + 1].Offset : BodyOffset + Body.Length;
            result.Add((cuts[i], start, Math.Max(start, end)));
        }
        return result;
    }

    /// <summary>
    /// The text of a section heading's inline content (<c>Digital Certificates (attack-pattern--…)</c>).
    /// </summary>
    /// <remarks>Link texts are not trimmed: they are reference source names, which ATT&amp;CK sometimes ends with a
    /// space.</remarks>
    private static string InlineText(ContainerInline? inline, bool trim = true)
    {
        if (inline is null) return "";
        var sb = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline lit: sb.Append(lit.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        }
        return trim ? sb.ToString().Trim() : sb.ToString();
    }

    [GeneratedRegex(@"(?:^|[ \t])\^(?<id>[A-Za-z0-9-]+)[ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockId();
}
