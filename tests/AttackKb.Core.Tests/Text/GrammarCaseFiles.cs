namespace AttackKb.Core.Tests.Text;

/// <summary>The case files of the grammars in Core (cases/grammar/*.txt), for [MemberData].</summary>
public static class GrammarCaseFiles
{
    public static TheoryData<int, string, string> Citations => Read("citations.txt");
    public static TheoryData<int, string, string> Wikilinks => Read("wikilinks.txt");
    public static TheoryData<int, string, string> AttackUrls => Read("attack-urls.txt");
    public static TheoryData<int, string, string> MarkdownLinkTargets => Read("markdown-link-targets.txt");

    private static TheoryData<int, string, string> Read(string name) =>
        GrammarCases.Read(RepoPaths.Cases("AttackKb.Core.Tests", "grammar", name));
}
