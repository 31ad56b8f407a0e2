using AttackKb.Core.Model;
using AttackKb.Notes.Markdown;

namespace AttackKb.Notes.Tests.Markdown;

/// <summary>
/// The outline finds citations and wikilinks with the one grammar of each, where markdown makes them syntax:
/// not in code, not escaped (cases/markdown/outline.txt).
/// </summary>
public class MarkdownOutlineGrammarTests
{
    public static TheoryData<int, string, string> Cases =>
        GrammarCases.Read(RepoPaths.Cases("AttackKb.Notes.Tests", "markdown", "outline.txt"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Citations_and_wikilinks_are_found_as_the_case_file_says(int line, string body, string expected)
    {
        var outline = MarkdownOutline.Parse(body, 0);
        var found = outline.Citations.Select(c => $"{c.Index}+{c.Length} \"{c.Name}\"")
            .Concat(outline.UnterminatedCitations.Select(c => $"{c.Index} open \"{c.Name}\""))
            .Concat(outline.Links.Where(l => l.Kind == LinkKind.Wikilink)
                .Select(l => $"[[{l.Offset} \"{l.Target}\" \"{l.Text}\"]]"));
        GrammarCases.AssertFound(line, expected, found);
    }

    [Fact]
    public void Offsets_are_document_offsets()
    {
        var outline = MarkdownOutline.Parse("x (Citation: A) [[N]]", 100);
        Assert.Equal(102, outline.Citations.Single().Index);
        Assert.Equal(116, outline.Links.Single().Offset);
    }
}
