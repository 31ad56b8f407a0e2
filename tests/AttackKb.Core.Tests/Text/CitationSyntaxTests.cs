using AttackKb.Core.Text;

namespace AttackKb.Core.Tests.Text;

/// <summary>The one citation grammar, on its edge cases (cases/grammar/citations.txt).</summary>
public class CitationSyntaxTests
{
    [Theory]
    [MemberData(nameof(GrammarCaseFiles.Citations), MemberType = typeof(GrammarCaseFiles))]
    public void Citations_are_found_as_the_case_file_says(int line, string input, string expected)
    {
        var found = CitationSyntax.Find(input).Select(c => c.Terminated
            ? $"{c.Index}+{c.Length} \"{c.Name}\""
            : $"{c.Index} open \"{c.Name}\"");
        Assert.True(expected == Joined(found), $"case of line {line}: {Joined(found)}");
    }

    [Fact]
    public void A_citation_is_matched_only_within_the_given_end()
    {
        const string text = "x (Citation: Name) y";
        Assert.Equal("Name", CitationSyntax.MatchAt(text, 2, text.Length)?.Name);
        Assert.Null(CitationSyntax.MatchAt(text, 2, text.IndexOf(')', StringComparison.Ordinal)));
        Assert.Null(CitationSyntax.MatchAt(text, 1, text.Length));
    }

    internal static string Joined(IEnumerable<string> found)
    {
        string all = string.Join(" | ", found);
        return all.Length == 0 ? "-" : GrammarCases.Escape(all);
    }
}
