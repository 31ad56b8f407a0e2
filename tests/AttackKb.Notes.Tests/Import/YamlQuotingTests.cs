using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Writing;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Tests.Import;

public class YamlQuotingTests
{
    public static TheoryData<string> TrickyStrings => new()
    {
        "plain text", "1.3", "1.10", "2020-10-01", "2020-02-21T21:00:48.814Z", "yes", "No", "true", "FALSE", "null", "~", "on", "y",
        "", " leading", "trailing ", "a: b", "a #b", "a#b", "key:", "-dash", "- item", "? q", "[x]", "{x}", "*alias", "&anchor",
        "!tag", "|pipe", ">fold", "'single'", "\"double\"", "%directive", "@at", "`tick", "#comment", ",comma", ".5", "+1", "0x1F",
        "Process Doppelgänging", "Jannie Li, Microsoft Threat Intelligence\u202FCenter\u202F(MSTIC)", "Matt Anderson, @\u200cnosecurething, Huntress",
        "Jamie Williams (U ω U), PANW Unit 42", "Certificate: Certificate Registration", "it's", "tab\there", "line\nbreak",
        "two\nlines\n", "trailing\n\n", "\nleading newline", "ctrl\u0001char", "nel\u0085x", "ls\u2028x", "bom\uFEFFx", "del\u007Fx",
        "back\\slash", "---", "...", "<<", "=", "emoji 🙂", "  indented\nsecond", "a\n  \nb", "a\r\nb",
    };

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void Every_string_reads_back_exactly(string value)
    {
        var sb = new StringBuilder();
        new YamlBlockWriter(sb).Scalar("key", value).List("list", [value]);
        var bag = new DiagnosticBag();
        var node = LocatedYamlReader.Read(sb.ToString(), "t.md", 2, bag) as YamlMapping;
        Assert.Empty(bag.Items);
        Assert.NotNull(node);
        Assert.Equal(value, ((YamlScalar)node!["key"]!).Value);
        Assert.Equal(value, ((YamlScalar)((YamlSequence)node["list"]!).Items[0]).Value);
    }

    [Theory]
    [InlineData("defense-evasion", "defense-evasion")]
    [InlineData("1.3", "'1.3'")]
    [InlineData("2020-02-21T21:00:48.814Z", "'2020-02-21T21:00:48.814Z'")]
    [InlineData("Certificate: Certificate Registration", "'Certificate: Certificate Registration'")]
    [InlineData("yes", "'yes'")]
    [InlineData("it's", "it's")]
    [InlineData("'quoted'", "'''quoted'''")]
    [InlineData("a\u0001b", "\"a\\u0001b\"")]
    public void Quotes_only_what_YAML_could_misread(string value, string expected) =>
        Assert.Equal(expected, YamlQuoting.Inline(value));

    [Fact]
    public void Multi_line_values_are_literal_blocks()
    {
        var sb = new StringBuilder();
        new YamlBlockWriter(sb).Scalar("query", "line one\nline: two\n");
        Assert.Equal("query: |\n  line one\n  line: two\n", sb.ToString());
    }
}
