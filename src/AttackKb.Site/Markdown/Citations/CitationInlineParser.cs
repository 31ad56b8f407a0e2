using AttackKb.Core.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>
/// Reads <c>(Citation: X)</c> with the one grammar the reader uses (<see cref="CitationSyntax"/>). Only citations of
/// a source the page lists become nodes: which those are comes with the parse (<see cref="WithSources"/>), and an
/// unknown one stays markdown text, as it was written.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    /// <summary>The key of the source lookup in <see cref="MarkdownParserContext.Properties"/>.</summary>
    private static readonly object SourcesKey = new();

    public CitationInlineParser() => OpeningCharacters = ['('];

    /// <summary>
    /// A parse context whose citations are looked up with <paramref name="sourceIndex"/>: the index the text gives the
    /// named source (the page fills in its number), or -1 when the page does not list it.
    /// </summary>
    public static MarkdownParserContext WithSources(Func<string, int> sourceIndex)
    {
        var context = new MarkdownParserContext();
        context.Properties[SourcesKey] = sourceIndex;
        return context;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Context?.Properties.TryGetValue(SourcesKey, out var value) != true
            || value is not Func<string, int> sourceIndex) return false;
        if (CitationSyntax.MatchAt(slice.Text, slice.Start, slice.End + 1) is not { } citation
            || sourceIndex(citation.Name) is not (>= 0 and var source)) return false;
        int start = processor.GetSourcePosition(slice.Start, out int line, out int column);
        processor.Inline = new CitationInline
        {
            Name = citation.Name,
            Source = source,
            Span = new(start, start + citation.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += citation.Length;
        return true;
    }
}
