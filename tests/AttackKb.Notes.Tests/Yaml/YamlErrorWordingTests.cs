using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Tests.Yaml;

/// <summary>Broken YAML is reported in our words at a line and column; YamlDotNet's wording never shows.</summary>
public class YamlErrorWordingTests
{
    [Theory]
    [InlineData("a: [x, y\nb: z\n", "AKB1020", "'[' list is not closed")]
    [InlineData("a: [x, y", "AKB1020", "'[' list is not closed")]
    [InlineData("a: {x: 1\nb: z\n", "AKB1020", "'{' mapping is not closed")]
    [InlineData("a: {x: 1", "AKB1020", "'{' mapping is not closed")]
    [InlineData("a: \"open\nb: c\n", "AKB1020", "quoted value is never closed")]
    [InlineData("a: 'open\n", "AKB1020", "quoted value is never closed")]
    [InlineData("a: b: c\n", "AKB1020", "':' followed by a space")]
    [InlineData("a: x\n  b: y\n", "AKB1020", "':' followed by a space")]
    [InlineData("a:\n  - x\n - y\n", "AKB1020", "")]
    [InlineData("a:\n\t- x\n", "AKB1015", "a tab indents this line")]
    [InlineData("a: x\nb:\n\tc: y\n", "AKB1015", "a tab indents this line")]
    [InlineData("tags: [, x]\n", "AKB1020", "a value is missing here")]
    [InlineData("a: @x\n", "AKB1020", "quote the value")]
    [InlineData("a: *nothing\n", "AKB1020", "names no '&' anchor")]
    public void Syntax_errors_are_located_and_in_our_words(string yaml, string code, string words)
    {
        var bag = new DiagnosticBag();
        Assert.Null(LocatedYamlReader.Read(yaml, "n.md", 2, bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal(code, d.Id);
        Assert.True(d.Location!.Value.Line >= 2, d.ToString());
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
        foreach (string parserWord in new[] { "While ", "did not find", "scanning", "parsing", "Idx", "Exception" })
            Assert.DoesNotContain(parserWord, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_is_blamed_on_its_own_line_and_column()
    {
        var bag = new DiagnosticBag();
        LocatedYamlReader.Read("a: x\nb:\n  c: 1\n \td: 2\n", "n.md", 2, bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(("AKB1015", 5, 2), (d.Id, d.Location!.Value.Line, d.Location!.Value.Column));
    }

    [Fact]
    public void A_tab_inside_a_literal_block_is_text()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(LocatedYamlReader.Read("command: |\n  echo a\n  \techo b\n", "n.yml", 1, bag));
        Assert.Empty(bag.Items);
    }
}
