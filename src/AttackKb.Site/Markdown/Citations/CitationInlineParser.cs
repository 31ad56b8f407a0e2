using AttackKb.Core.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>
/// Reads <c>(Citation: X)</c> with the one grammar the reader uses (<see cref="CitationSyntax"/>). Only citations of
/// a source the page lists become nodes: the page's numbers come with the parse (<see cref="WithNumbers"/>), and an
/// unknown one stays markdown text, as it was written.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    /// <summary>The key of the page's numbers in <see cref="MarkdownParserContext.Properties"/>.</summary>
    private static readonly object NumbersKey = new();

    public CitationInlineParser() => OpeningCharacters = ['('];

    /// <summary>A parse context that carries the page's reference numbers by source name.</summary>
    public static MarkdownParserContext WithNumbers(IReadOnlyDictionary<string, int> numbers)
    {
        var context = new MarkdownParserContext();
        context.Properties[NumbersKey] = numbers;
        return context;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Context?.Properties.TryGetValue(NumbersKey, out var value) != true
            || value is not IReadOnlyDictionary<string, int> { Count: > 0 } numbers) return false;
        if (CitationSyntax.MatchAt(slice.Text, slice.Start, slice.End + 1) is not { } citation
            || !numbers.TryGetValue(citation.Name, out int number)) return false;
        int start = processor.GetSourcePosition(slice.Start, out int line, out int column);
        processor.Inline = new CitationInline
        {
            Name = citation.Name,
            Number = number,
            Span = new(start, start + citation.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += citation.Length;
        return true;
    }
}
