using System.Text;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Dialects;

/// <summary>What an import wrote into a note is bound into the model, located, in every note dialect.</summary>
public class ImportProvenanceTests
{
    [Fact]
    public void Imported_from_and_the_stamp_are_read_as_the_importer_writes_them()
    {
        const string text = "---\nkind: technique\nname: N\nimported_from: enterprise-attack 18.1\n"
            + "import_hash: 0123456789abcdef\n---\n";
        var imported = Read(text).ImportedFrom!;
        Assert.Equal(("enterprise-attack", "18.1"), (imported.Domain, imported.Version));
        Assert.Equal((4, 16), (imported.Release.Location.Line, imported.Release.Location.Column));
        Assert.Equal("0123456789abcdef", imported.Hash!.Value.Value);
    }

    [Theory]
    [InlineData("---\nkind: technique\nimported_from:\n---\n", "")]
    [InlineData("---\ntags: [techniques]\nurl: u\nimported_from: [x]\n---\n", "")]
    [InlineData("---\ntitle: t\nimported_from: by hand\n---\n", "by hand")]
    public void The_key_alone_says_imported_whatever_its_value_and_dialect(string text, string release)
    {
        var imported = Read(text).ImportedFrom!;
        Assert.Equal(release, imported.Release.Value);
        Assert.Null(imported.Hash);
    }

    [Fact]
    public void A_note_without_the_key_was_not_imported_even_with_a_stamp()
    {
        Assert.Null(Read("---\nkind: technique\nimport_hash: 0123456789abcdef\n---\n").ImportedFrom);
    }

    private static Note Read(string text) => FileReader.ReadBytes("n.md", Encoding.UTF8.GetBytes(text)).Note!;
}
