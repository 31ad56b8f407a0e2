using AttackKb.Core.Text;

namespace AttackKb.Core.Tests.Text;

/// <summary>The one reading of link destinations in text snippets (cases/grammar/markdown-link-targets.txt).</summary>
public class MarkdownLinkTargetTests
{
    [Theory]
    [MemberData(nameof(GrammarCaseFiles.MarkdownLinkTargets), MemberType = typeof(GrammarCaseFiles))]
    public void Link_targets_are_found_as_the_case_file_says(int line, string input, string expected)
    {
        GrammarCases.AssertFound(line, expected, MarkdownLinkTarget.Find(input).Select(l => $"{l.Index} {l.Url}"));
        Assert.Equal(MarkdownLinkTarget.Find(input).Cast<MarkdownLinkTargetMatch?>().FirstOrDefault(),
            MarkdownLinkTarget.First(input));
    }
}
