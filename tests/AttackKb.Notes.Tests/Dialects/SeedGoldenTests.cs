using AttackKb.Core.Model;
using AttackKb.Reporting.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Dialects;

/// <summary>Each seed note in data/ parses to the expected model, every value located (cases/seeds/*.expected.json).</summary>
public class SeedGoldenTests
{
    public static TheoryData<string> Seeds() => new()
    {
        "notes/attack-extractor/attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421_resource-development_-_Digital_Certificates.md",
        "notes/attack-extractor/attack-pattern--0979abf9-4e26-43ec-9b6e-54efc4e70fca_reconnaissance_-_Digital_Certificates.md",
        "vault/Use Cases/T1587.003 - Develop Capabilities- Digital Certificates.md",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_to_the_expected_located_model(string path)
    {
        var loaded = FileReader.ReadBytes(path, File.ReadAllBytes(Path.Combine(RepoPaths.Data, path)));
        Assert.Empty(loaded.Diagnostics);
        Assert.NotNull(loaded.Note);
        string golden = RepoPaths.Cases("AttackKb.Notes.Tests", "seeds", Path.GetFileNameWithoutExtension(path)[..24] + ".expected.json");
        Golden.AssertMatches(golden, ModelJson.ToJson(loaded.Note!));
    }

    [Trait("Category", "Corpus")]
    [CorpusTheory]
    [InlineData("000_746ffed222128b8d.txt", "notes/attack-extractor/attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421_resource-development_-_Digital_Certificates.md")]
    [InlineData("004_f4b6ea5e9112de92.txt", "notes/attack-extractor/attack-pattern--0979abf9-4e26-43ec-9b6e-54efc4e70fca_reconnaissance_-_Digital_Certificates.md")]
    [InlineData("002_77bab63b8a023f68.txt", "vault/Use Cases/T1587.003 - Develop Capabilities- Digital Certificates.md")]
    public void Seeds_in_data_are_byte_for_byte_the_shared_seeds(string seed, string path) =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(Corpus.Seeds, seed)), File.ReadAllBytes(Path.Combine(RepoPaths.Data, path)));
}
