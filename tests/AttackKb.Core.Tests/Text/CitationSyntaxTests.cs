using AttackKb.Core.Text;

namespace AttackKb.Core.Tests.Text;

/// <summary>The one citation grammar, on its edge cases (cases/grammar/citations.txt).</summary>
public class CitationSyntaxTests
{
    [Theory]
    [MemberData(nameof(GrammarCaseFiles.Citations), MemberType = typeof(GrammarCaseFiles))]
    public void Citations_are_found_as_the_case_file_says(int line, string input, string expected)
    {
        GrammarCases.AssertFound(line, expected, CitationSyntax.Find(input).Select(c => c.Terminated
            ? $"{c.Index}+{c.Length} \"{c.Name}\""
            : $"{c.Index} open \"{c.Name}\""));
    }

    [Fact]
    public void A_citation_is_matched_only_within_the_given_end()
    {
        const string text = "x (Citation: Name) y";
        Assert.Equal("Name", CitationSyntax.MatchAt(text, 2, text.Length)?.Name);
        Assert.Null(CitationSyntax.MatchAt(text, 2, text.IndexOf(')', StringComparison.Ordinal)));
        Assert.Null(CitationSyntax.MatchAt(text, 1, text.Length));
    }
}
