using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Tests.Reading;

public class TextDecoderTests
{
    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0x84, 0x63 }, "AKB1002", 2, 2)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "AKB1003", 0, 0)]
    [InlineData(new byte[] { 0x61, 0x00, 0x00, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07 }, "AKB1004", 1, 2)]
    public void Bad_bytes_become_a_located_diagnostic(byte[] bytes, string code, int line, int column)
    {
        var bag = new DiagnosticBag();
        Assert.Null(TextDecoder.Decode(bytes, "n.md", bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal(code, d.Id);
        Assert.Equal(line, d.Location!.Value.Line);
        Assert.Equal(column, d.Location!.Value.Column);
    }

    [Fact]
    public void Bom_is_removed_and_text_kept()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("ä\r\n", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0xA4, 0x0D, 0x0A], "n.md", bag));
        Assert.Empty(bag.Items);
    }
}
