using AttackKb.Core.Text;

namespace AttackKb.Core.Tests.Text;

/// <summary>The one wikilink grammar, on its edge cases (cases/grammar/wikilinks.txt).</summary>
public class WikilinkSyntaxTests
{
    [Theory]
    [MemberData(nameof(GrammarCaseFiles.Wikilinks), MemberType = typeof(GrammarCaseFiles))]
    public void Wikilinks_are_found_as_the_case_file_says(int line, string input, string expected)
    {
        GrammarCases.AssertFound(line, expected, WikilinkSyntax.Find(input).Select(w =>
            $"{w.Index}+{w.Length} target=\"{w.Target}\" anchor=\"{w.Anchor}\" "
            + (w.Alias is null ? "alias=-" : $"alias=\"{w.Alias}\"") + (w.Embed ? " embed" : "")));
    }
}
